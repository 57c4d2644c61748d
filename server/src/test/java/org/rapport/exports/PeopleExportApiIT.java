package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rapport.testing.PersonMother.person;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.TestDatabase;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** People as vCard (read back by python3-vobject, an independent parser) and as Google Contacts CSV. */
@RapportTest
class PeopleExportApiIT {
    static final String PYTHON = "/usr/bin/python3";

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    ApiClient api;
    UUID jose;
    UUID zoe;

    @BeforeEach
    void somePeople() {
        api = ApiClient.newMember(port);
        jose = api.post(
                        "/api/v1/people",
                        person().named("José Núñez")
                                .with("givenName", "José")
                                .with("familyName", "Núñez")
                                .with(
                                        "emails",
                                        List.of(
                                                Map.of("value", "jose@example.com", "label", "work"),
                                                Map.of("value", "jose@old.example", "label", "old school"),
                                                Map.of("value", "jn@example.com", "label", "work")))
                                .with(
                                        "phones",
                                        List.of(
                                                Map.of("value", "+34 600 000 001", "label", "mobile"),
                                                Map.of("value", "+34 900 000 002", "label", "main office")))
                                .with(
                                        "links",
                                        List.of(Map.of("url", "https://www.linkedin.com/in/jose", "label", "linkedin")))
                                .with(
                                        "addresses",
                                        List.of(Map.of(
                                                "label",
                                                "home",
                                                "street",
                                                "Calle Mayor 1",
                                                "city",
                                                "Málaga",
                                                "postalCode",
                                                "29001",
                                                "country",
                                                "España")))
                                .workingAt("Ærø & Co, Ltd.", "CTO; founder")
                                .with("birthday", "--04-15")
                                .with("tags", List.of("amigos", "ñandú"))
                                .with("notes", "Met at the café,\nsecond line; with \"quotes\"")
                                .build())
                .id();
        zoe = api.post(
                        "/api/v1/people",
                        person().named("Zoë Ångström")
                                .withEmail("zoe@example.org")
                                .with("birthday", "1990-02-28")
                                .with("tags", List.of("work"))
                                .build())
                .id();
        api.post("/api/v1/people", person().named("李小龍").build());
    }

    @Test
    void vcardsReadBackByAnIndependentParserHaveTheSameNamesEmailsAndPhones() throws Exception {
        var answer = api.get("/api/v1/export?format=vcard");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/vcard");

        JsonNode cards = readWithVobject(answer.body());

        assertThat(cards).hasSize(3);
        for (JsonNode card : cards) {
            assertThat(card.get("version").asString()).isEqualTo("4.0");
            UUID id = UUID.fromString(card.get("uid").asString().substring("urn:uuid:".length()));
            JsonNode person = api.get("/api/v1/people/" + id).json();
            assertThat(card.get("fn").asString())
                    .isEqualTo(person.get("displayName").asString());
            assertThat(strings(card.get("emails"))).isEqualTo(values(person.get("emails"), "value"));
            assertThat(strings(card.get("phones"))).isEqualTo(values(person.get("phones"), "value"));
        }
        JsonNode joseCard = card(cards, jose);
        assertThat(joseCard.get("given").asString()).isEqualTo("José");
        assertThat(joseCard.get("family").asString()).isEqualTo("Núñez");
        assertThat(joseCard.get("bday").asString()).isEqualTo("--0415");
        assertThat(strings(joseCard.get("org"))).containsExactly("Ærø & Co, Ltd.");
        assertThat(joseCard.get("title").asString()).isEqualTo("CTO; founder");
        assertThat(strings(joseCard.get("categories"))).containsExactly("amigos", "ñandú");
        assertThat(joseCard.get("note").asString()).isEqualTo("Met at the café,\nsecond line; with \"quotes\"");
        assertThat(answer.body())
                .contains("EMAIL;TYPE=work:jose@example.com")
                .containsPattern("item\\d\\.X-ABLabel:old school")
                .containsPattern("TEL;TYPE=cell[^\\r]*:\\+34 600 000 001");
        // RFC 6350 writes dates in the basic format.
        assertThat(card(cards, zoe).get("bday").asString()).isEqualTo("19900228");
    }

    @Test
    void vcard30OnRequestKeepsABirthdayWithoutAYearTheAppleWay() throws Exception {
        var answer = api.get("/api/v1/export?format=vcard&version=3.0");
        assertThat(answer.status()).isEqualTo(200);

        JsonNode cards = readWithVobject(answer.body());

        assertThat(cards)
                .hasSize(3)
                .allSatisfy(c -> assertThat(c.get("version").asString()).isEqualTo("3.0"));
        assertThat(card(cards, jose).get("given").asString()).isEqualTo("José");
        assertThat(strings(card(cards, jose).get("phones"))).containsExactly("+34 600 000 001", "+34 900 000 002");
        assertThat(answer.body()).contains("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15");
        assertThat(api.get("/api/v1/export?format=vcard&version=2.1").status()).isEqualTo(400);
    }

    @Test
    void aSelectionByIdsOrByTagExportsOnlyThosePeople() throws Exception {
        var byIds = api.get("/api/v1/export?format=vcard&ids=" + zoe);
        assertThat(readWithVobject(byIds.body()))
                .singleElement()
                .satisfies(c -> assertThat(c.get("fn").asString()).isEqualTo("Zoë Ångström"));

        var byTag = api.get("/api/v1/export?format=vcard&tag=amigos");
        assertThat(readWithVobject(byTag.body()))
                .singleElement()
                .satisfies(c -> assertThat(c.get("fn").asString()).isEqualTo("José Núñez"));

        assertThat(api.get("/api/v1/export?format=vcard&ids=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(records(api.get("/api/v1/export?format=csv&tag=work").body()))
                .hasSize(1);
    }

    @Test
    void googleCsvHasGooglesHeaderAndJoinsValuesThatShareALabel() throws IOException {
        var answer = api.get("/api/v1/export?format=csv");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/csv");

        List<CSVRecord> rows = records(answer.body());

        String header = answer.body().substring(0, answer.body().indexOf("\r\n"));
        assertThat(header)
                .startsWith("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
                        + "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
                        + "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
                        + "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,");
        assertThat(header).doesNotContain("E-mail 3 - Label").contains("Address 1 - Formatted", "Website 1 - Value");
        assertThat(rows).hasSize(3);
        CSVRecord row = rows.stream()
                .filter(r -> r.get("Last Name").equals("Núñez"))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("First Name")).isEqualTo("José");
        assertThat(row.get("E-mail 1 - Label")).isEqualTo("Work");
        assertThat(row.get("E-mail 1 - Value")).isEqualTo("jose@example.com ::: jn@example.com");
        assertThat(row.get("E-mail 2 - Label")).isEqualTo("old school");
        assertThat(row.get("Phone 1 - Label")).isEqualTo("Mobile");
        assertThat(row.get("Phone 1 - Value")).isEqualTo("+34 600 000 001");
        assertThat(row.get("Organization Name")).isEqualTo("Ærø & Co, Ltd.");
        assertThat(row.get("Organization Title")).isEqualTo("CTO; founder");
        assertThat(row.get("Birthday")).isEqualTo("--04-15");
        assertThat(row.get("Notes")).isEqualTo("Met at the café,\nsecond line; with \"quotes\"");
        assertThat(row.get("Labels")).isEqualTo("amigos ::: ñandú ::: * myContacts");
        assertThat(row.get("Address 1 - Formatted")).isEqualTo("Calle Mayor 1\nMálaga 29001\nEspaña");
        assertThat(row.get("Address 1 - City")).isEqualTo("Málaga");
        assertThat(row.get("Website 1 - Value")).isEqualTo("https://www.linkedin.com/in/jose");
        assertThat(rows.stream().map(r -> r.get("First Name"))).contains("李小龍");
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private JsonNode readWithVobject(String vcards) throws Exception {
        boolean available = Files.isExecutable(Path.of(PYTHON))
                && new ProcessBuilder(PYTHON, "-c", "import vobject").start().waitFor() == 0;
        if (!TestDatabase.isCi()) {
            assumeTrue(available, "python3-vobject is not installed: apt-get install -y python3-vobject");
        }
        Path file = dir.resolve("people-" + UUID.randomUUID() + ".vcf");
        Files.writeString(file, vcards, StandardCharsets.UTF_8);
        Path script = Path.of(getClass().getResource("/exports/read_vcards.py").toURI());
        Process python = new ProcessBuilder(PYTHON, script.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        byte[] out = python.getInputStream().readAllBytes();
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as("vobject could not read the export").isZero();
        return JsonMapper.builder().build().readTree(out);
    }

    private static JsonNode card(JsonNode cards, UUID id) {
        for (JsonNode card : cards) {
            if (card.get("uid").asString().equals("urn:uuid:" + id)) {
                return card;
            }
        }
        throw new AssertionError("no card for " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asString()));
        return values;
    }
}
