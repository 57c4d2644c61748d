package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.imports.Uploads.counts;
import static org.rapport.imports.Uploads.upload;
import static org.rapport.testing.PersonMother.person;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class ImportApiIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void linkedInConnectionsBecomePeopleAndImportingAgainChangesNothing() {
        var first = upload(api, "?format=linkedin", "linkedin-connections.csv");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(counts(first)).containsExactly(4, 0, 0, 2);
        assertThat(first.text("importId")).isNotNull();

        JsonNode ines = onlyPerson("montoya");
        assertThat(ines.get("displayName").asString()).isEqualTo("Inés Montoya-Ruiz");
        assertThat(ines.get("roles").get(0).get("organization").asString()).isEqualTo("Lumen Orchard, Inc.");
        assertThat(ines.get("roles").get(0).get("title").asString()).isEqualTo("Head of \"Data\" Platforms");
        assertThat(ines.get("links").get(0).get("url").asString())
                .isEqualTo("https://www.linkedin.com/in/ines-montoya-ruiz");
        assertThat(ines.get("howWeMet").get("story").asString()).isEqualTo("Connected on LinkedIn on 2024-03-15");
        assertThat(ines.get("relationship").get("kinds").get(0).asString()).isEqualTo("professional");

        var again = upload(api, "", "linkedin-connections.csv");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.text("format")).isEqualTo("linkedin");
        assertThat(counts(again)).containsExactly(0, 0, 4, 2);
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(4);
    }

    @Test
    void aDryRunReportsWithExamplesAndChangesNothing() {
        var preview = upload(api, "?dryRun=true", "google-contacts.csv");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(counts(preview)).containsExactly(2, 0, 0, 1);
        assertThat(preview.json().get("dryRun").asBoolean()).isTrue();
        assertThat(preview.json()
                        .get("examples")
                        .get("created")
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Aurelia Castellanos");
        assertThat(preview.json().get("errors").toString()).contains("photo");
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();
        assertThat(api.get("/api/v1/imports").json().get("total").asLong()).isZero();
    }

    @Test
    void samePersonByEmailProfileOrNameAtTheSameOrganizationIsMergedWithoutOverwritingWhatTheUserTyped() {
        var tobias = api.post(
                        "/api/v1/people",
                        person().named("Tobi F.")
                                .withEmail("Tobias.Ferreira@Example.net")
                                .with("notes", "typed by me")
                                .build())
                .id();
        var priya = api.post(
                        "/api/v1/people",
                        person().named("Priya Raghunathan")
                                .workingAt("northwind mills", "VP")
                                .build())
                .id();
        var wen = api.post(
                        "/api/v1/people",
                        person().named("Wen Zhao")
                                .workingAt("Elsewhere", "Engineer")
                                .build())
                .id();

        var result = upload(api, "", "linkedin-connections.csv");
        assertThat(counts(result)).as(result.body()).containsExactly(2, 2, 0, 2);

        JsonNode t = api.get("/api/v1/people/" + tobias).json();
        assertThat(t.get("displayName").asString()).isEqualTo("Tobi F.");
        assertThat(t.get("notes").asString()).isEqualTo("typed by me");
        assertThat(t.get("emails").size()).isEqualTo(1);
        assertThat(t.get("links").get(0).get("url").asString())
                .isEqualTo("https://www.linkedin.com/in/tobiasferreira/");
        assertThat(t.get("roles").get(0).get("organization").asString()).isEqualTo("Quayside Labs");
        JsonNode p = api.get("/api/v1/people/" + priya).json();
        assertThat(p.get("roles").size()).isEqualTo(1);
        assertThat(p.get("roles").get(0).get("title").asString()).isEqualTo("VP");
        assertThat(p.get("links").size()).isEqualTo(1);
        // same name, another organization: not merged
        assertThat(api.get("/api/v1/people?q=wen%20zhao").json().get("total").asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/people/" + wen).json().get("links").size()).isZero();
    }

    @Test
    void malformedFilesAnswer422WithTheLineAndChangeNothing() {
        expect422(upload(api, "?format=linkedin", "bad-unterminated-quote.csv"), 2, "unterminated quote");
        expect422(
                upload(api, "?format=google-csv", "bad-calendar-as-csv.csv"),
                1,
                "iCalendar file, not Google Contacts CSV");
        expect422(upload(api, "", "bad-binary.bin"), 3, "binary");
        expect422(upload(api, "?format=outlook-csv", "bad-empty.csv"), 1, "empty");
        expect422(upload(api, "", "truncated.vcf"), 6, "truncated");
        String big = "First Name,Last Name,Company,Connected On\nAna,Lopez,Acme,15 Mar 2024\nBo,Li,\""
                + "x".repeat(5 << 20) + "\",1 Jan 2020\n";
        expect422(upload(api, "", "big.csv", big.getBytes(StandardCharsets.UTF_8)), 3, "longer than");
        expect422(upload(api, "?format=vcard", "linkedin-connections.csv"), 1, "LinkedIn connections file, not vCard");
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();
        var history = api.get("/api/v1/imports");
        assertThat(history.json().get("items").get(0).get("status").asString()).isEqualTo("failed");
    }

    @Test
    void anUnknownFormatNamesTheParameter() {
        var r = upload(api, "?format=excel", "linkedin-connections.csv");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("format");
    }

    @Test
    void everyFormatImports() {
        for (var e : Map.of(
                        "google-contacts-legacy.csv", 1,
                        "outlook-com.csv", 2,
                        "outlook-desktop-1252.csv", 3,
                        "outlook-german.csv", 1,
                        "android-21.vcf", 2,
                        "iphone-30.vcf", 2,
                        "rfc6350-40.vcf", 1,
                        "gmail-30.vcf", 1,
                        "outlook-21.vcf", 1)
                .entrySet()) {
            var r = upload(api, "", e.getKey());
            assertThat(r.status()).as(e.getKey() + " " + r.body()).isEqualTo(200);
            assertThat(r.json().get("created").asInt() + r.json().get("updated").asInt())
                    .as(e.getKey() + " " + r.body())
                    .isEqualTo(e.getValue());
        }
        JsonNode jurgen = onlyPerson("weiß");
        assertThat(jurgen.get("roles").get(0).get("organization").asString()).isEqualTo("Müller & Söhne");
        JsonNode emiko = onlyPerson("emiko");
        assertThat(emiko.get("birthday").asString()).isEqualTo("--05-09");
        // Rafael Quintero (Outlook.com) is the same Bramble Foods buyer? No: another person, another email.
        assertThat(api.get("/api/v1/people?q=zo%C3%AB").json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void calendarMeetingsBecomeEncountersWithTheirPeople() {
        var r = upload(api, "?alsoMe=me@rapport.example", "google-calendar.ics");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(counts(r)).containsExactly(5, 0, 0, 3);
        assertThat(r.json().get("peopleCreated").asInt()).isEqualTo(3);
        JsonNode tobias = onlyPerson("tobias");
        var encounters = api.get(
                        "/api/v1/encounters?personId=" + tobias.get("id").asString())
                .json();
        assertThat(encounters.get("total").asLong()).isEqualTo(4);
        assertThat(api.get("/api/v1/people?q=dana").json().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/people?q=room").json().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/people?q=rapport.example")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        var again = upload(api, "?alsoMe=me@rapport.example", "google-calendar.ics");
        assertThat(counts(again)).containsExactly(0, 0, 5, 3);

        var outlook = upload(api, "", "outlook-calendar.ics");
        assertThat(counts(outlook)).as(outlook.body()).containsExactly(2, 0, 0, 0);
    }

    @Test
    void undoRemovesWhatAnImportCreatedAndRestoresWhatItChanged() {
        var tobias = api.post(
                        "/api/v1/people",
                        person().named("Tobias Ferreira")
                                .withEmail("tobias.ferreira@example.net")
                                .build())
                .id();
        var result = upload(api, "", "linkedin-connections.csv");
        assertThat(counts(result)).containsExactly(3, 1, 0, 2);
        assertThat(api.get("/api/v1/people/" + tobias).json().get("links").size())
                .isEqualTo(1);

        var undone = api.post("/api/v1/imports/" + result.text("importId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        assertThat(undone.text("status")).isEqualTo("undone");
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        JsonNode t = api.get("/api/v1/people/" + tobias).json();
        assertThat(t.get("links").size()).isZero();
        assertThat(t.get("roles").size()).isZero();
        assertThat(api.post("/api/v1/imports/" + result.text("importId") + "/undo", Map.of())
                        .status())
                .isEqualTo(409);

        var again = upload(api, "", "linkedin-connections.csv");
        assertThat(counts(again)).containsExactly(3, 1, 0, 2);
    }

    @Test
    void aLinkedInExportZipIsReadAndAZipBombRefused() throws Exception {
        byte[] zip = zip(Map.of(
                "Basic_LinkedInDataExport_11-26-2026/Connections.csv", Uploads.fixture("linkedin-connections.csv"),
                "Basic_LinkedInDataExport_11-26-2026/messages.csv",
                        "CONVERSATION ID,FROM\n1,x\n".getBytes(StandardCharsets.UTF_8)));
        var r = upload(api, "", "export.zip", zip);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(counts(r)).containsExactly(4, 0, 0, 2);

        byte[] bomb = zip(Map.of("Connections.csv", new byte[64 << 20]));
        assertThat(bomb.length).isLessThan(1 << 20);
        expect422(upload(api, "", "bomb.zip", bomb), 1, "zip bomb");
        expect422(upload(api, "", "other.zip", zip(Map.of("notes.txt", new byte[10]))), 1, "no Connections.csv");
    }

    @Test
    void anAsyncImportAnswersAtOnceAndReportsProgress() throws Exception {
        var started = upload(api, "?async=true", "google-contacts.csv");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.text("importId");
        JsonNode progress = null;
        for (int i = 0; i < 100; i++) {
            progress = api.get("/api/v1/imports/" + id + "/progress").json();
            if (!progress.get("status").asString().equals("running")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(progress.get("status").asString()).isEqualTo("done");
        assertThat(progress.get("report").get("created").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/imports/" + id).json().get("fileName").asString())
                .isEqualTo("google-contacts.csv");
    }

    @Test
    void anotherWorkspaceSeesNoneOfIt() {
        var result = upload(api, "", "linkedin-connections.csv");
        String id = result.text("importId");
        ApiClient stranger = ApiClient.newMember(port);
        assertThat(stranger.get("/api/v1/imports/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/imports/" + id + "/progress").status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/imports/" + id + "/undo", Map.of()).status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/imports").json().get("total").asLong()).isZero();
        // the same file in another workspace creates its own people: source keys are per workspace
        assertThat(counts(upload(stranger, "", "linkedin-connections.csv"))).containsExactly(4, 0, 0, 2);
        assertThat(api.get("/api/v1/imports/" + id).status()).isEqualTo(200);
        assertThat(ApiClient.anonymous(port).get("/api/v1/imports").status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesImportsAndMerge() {
        String doc = ApiClient.anonymous(port).get("/v3/api-docs").body();
        assertThat(doc)
                .contains("/api/v1/imports", "/api/v1/imports/{id}/undo", "/api/v1/imports/{id}/progress")
                .contains("/api/v1/people/duplicates", "/api/v1/people/{id}/merge");
    }

    private JsonNode onlyPerson(String q) {
        JsonNode items = api.get("/api/v1/people?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))
                .json()
                .get("items");
        assertThat(items.size()).as(q).isEqualTo(1);
        return api.get("/api/v1/people/" + items.get(0).get("id").asString()).json();
    }

    private static void expect422(ApiClient.Response r, int line, String message) {
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode error = r.json().get("errors").get(0);
        assertThat(error.get("line").asInt()).as(r.body()).isEqualTo(line);
        assertThat(error.get("message").asString()).as(r.body()).contains(message);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
