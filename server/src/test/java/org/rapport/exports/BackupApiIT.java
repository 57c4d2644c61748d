package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.demo.DemoNetworkService;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@RapportTest
class BackupApiIT {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoNetworkService demo;

    /** Filled once per server: the tests only read it (filling takes seconds on a busy machine). */
    private static final java.util.Map<Integer, ApiClient> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    ApiClient source;

    @BeforeEach
    void aRichWorkspace() {
        source = SOURCES.computeIfAbsent(port, p -> {
            ApiClient api = ApiClient.newMember(p);
            fill(demo, api);
            return api;
        });
    }

    /** The demo network plus what it lacks: unicode, addresses, a birthday without a year, who introduced whom. */
    static void fill(DemoNetworkService demo, ApiClient api) {
        demo.load(member(api), LocalDate.of(2026, 3, 29));
        UUID first = api.post(
                        "/api/v1/people",
                        person().named("José Núñez 😀 北京")
                                .with("givenName", "José")
                                .with("familyName", "Núñez")
                                .with("birthday", "--04-15")
                                .with("phones", List.of(Map.of("value", "+1 555 0100", "label", "mobile")))
                                .with(
                                        "addresses",
                                        List.of(Map.of(
                                                "label",
                                                "home",
                                                "street",
                                                "Calle Mayor 1, 2º",
                                                "city",
                                                "Málaga",
                                                "country",
                                                "España")))
                                .with("tags", List.of("amigos", "ñandú"))
                                .with("notes", "Line one\nline \"two\"\ttabbed \\ backslash")
                                .build())
                .id();
        var second = api.post(
                "/api/v1/people",
                person().named("Zoë Ångström")
                        .withEmail("zoe@example.org")
                        .workingAt("Ærø & Co", "CTO")
                        .build());
        // The earlier person introduced by the later one: restoring must not depend on row order.
        var current = api.get("/api/v1/people/" + first);
        assertThat(api.patch(
                                "/api/v1/people/" + first,
                                Map.of(
                                        "howWeMet",
                                        Map.of(
                                                "story",
                                                "at the café",
                                                "introducedById",
                                                second.id().toString()),
                                        "version",
                                        current.version()))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/api/v1/encounters",
                                encounter()
                                        .with(first, second.id())
                                        .at("2026-11-20T18:30:00+05:45")
                                        .build())
                        .status())
                .isEqualTo(201);
        fillTheOtherFeatures(api, first, second.id());
        assertThat(api.send(
                                "PUT",
                                "/api/v1/settings/cadence",
                                "{\"tiers\":{\"close\":17},\"kinds\":{\"job_search\":11}}".getBytes(),
                                "application/json")
                        .status())
                .isEqualTo(200);
    }

    /** A goal with a target and a moved entry, a dismissed suggestion, an import with its history. */
    private static void fillTheOtherFeatures(ApiClient api, UUID first, UUID second) {
        var goal = api.post("/api/v1/goals", Map.of("kind", "job_search", "title", "Data engineering, Málaga"));
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        var target = api.post(
                "/api/v1/goals/" + goal.id() + "/targets",
                Map.of("organizationName", "Ærø & Co", "motivation", 3, "posting", true, "roles", List.of("CTO")));
        assertThat(target.status()).as(target.body()).isEqualTo(201);
        var entry = api.post(
                "/api/v1/goals/" + goal.id() + "/entries",
                Map.of("personId", second.toString(), "stage", "identified"));
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        var moved = api.post(
                "/api/v1/goals/" + goal.id() + "/entries/" + entry.id() + "/moves", Map.of("stage", "contacted"));
        assertThat(moved.status()).as(moved.body()).isBetween(200, 201);
        var dismissed = api.post(
                "/api/v1/suggestions/dismissals", Map.of("personId", first.toString(), "type", "dormant", "days", 30));
        assertThat(dismissed.status()).as(dismissed.body()).isBetween(200, 201);
        var imported = Uploads.upload(
                api,
                "/api/v1/imports?format=vcard",
                "people.vcf",
                ("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:imported-1\r\nFN:Vera Card\r\nN:Card;Vera;;;\r\n"
                                + "EMAIL;TYPE=work:vera@example.org\r\nEND:VCARD\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    static CurrentMember member(ApiClient api) {
        return new CurrentMember(new WorkspaceId(api.workspaceId), api.memberId, api.email, "Test Member");
    }

    @Test
    void restoringABackupIntoAnEmptyWorkspaceAndExportingAgainGivesTheSameDocument() {
        String backup = export(source);
        ApiClient target = ApiClient.newMember(port);

        var restored = Uploads.restore(target, backup);

        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("restored").get("people").asLong()).isGreaterThan(30);
        assertSameBackup(backup, source, export(target), target);
    }

    @Test
    void theRestoredWorkspaceAnswersTheSameThroughTheApi() {
        ApiClient target = ApiClient.newMember(port);
        assertThat(Uploads.restore(target, export(source)).status()).isEqualTo(200);

        JsonNode people = source.get("/api/v1/people?size=200").json().get("items");
        assertThat(target.get("/api/v1/people?size=200").json().get("items")).isEqualTo(people);
        assertThat(target.get("/api/v1/encounters?size=200").json())
                .isEqualTo(source.get("/api/v1/encounters?size=200").json());
        assertThat(target.get("/api/v1/follow-ups?size=200").json())
                .isEqualTo(source.get("/api/v1/follow-ups?size=200").json());
        assertThat(target.get("/api/v1/settings/cadence").json())
                .isEqualTo(source.get("/api/v1/settings/cadence").json());
        assertThat(target.get("/api/v1/people?q=nunez").json())
                .isEqualTo(source.get("/api/v1/people?q=nunez").json());
    }

    @Test
    void theBackupHasItsHeaderAndEveryTableAndNoSecret() {
        String backup = export(source);
        JsonNode doc = JSON.readTree(backup);

        assertThat(doc.get("format").asString()).isEqualTo("rapport-backup");
        assertThat(doc.get("version").asInt()).isEqualTo(1);
        assertThat(doc.get("exportedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(doc.get("workspace").get("id").asString()).isEqualTo(source.workspaceId.toString());
        assertThat(doc.get("workspace").get("members").get(0).get("email").asString())
                .isEqualTo(source.email);
        assertThat(doc.get("tables").propertyNames()).containsAll(BackupTables.EXPORTED.keySet());
        for (String table : List.of(
                "people",
                "person_contact_points",
                "tags",
                "person_tags",
                "organizations",
                "roles",
                "relationships",
                "connections",
                "encounters",
                "encounter_participants",
                "exchanges",
                "follow_ups",
                "cadence_defaults")) {
            assertThat(doc.get("tables").get(table).size()).as(table).isPositive();
        }
        assertThat(backup).doesNotContain("password", "token_hash", "$2a$", "{bcrypt}");
        assertThat(backup).contains("José Núñez 😀 北京", "--04-15", "Málaga");
    }

    @Test
    void aWorkspaceThatHoldsAnythingRefusesARestoreWith409() {
        ApiClient target = ApiClient.newMember(port);
        target.post("/api/v1/people", person().named("Already here").build());

        var answer = Uploads.restore(target, export(source));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("empty workspace", "people");
        assertThat(target.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aMalformedBackupIs422NamingTheLineAndChangesNothing() {
        String backup = export(source);
        ApiClient target = ApiClient.newMember(port);

        var truncated = Uploads.restore(target, backup.substring(0, backup.length() / 2));
        assertThat(truncated.status()).isEqualTo(422);
        assertThat(truncated.json().get("errors").get(0).get("line").asInt()).isPositive();

        var notJson = Uploads.restore(target, "BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n");
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(notJson.json().get("errors").get(0).get("message").asString())
                .contains("not valid JSON");

        var otherFormat = Uploads.restore(target, "{\"format\": \"something-else\", \"version\": 1, \"tables\": {}}");
        assertThat(otherFormat.status()).isEqualTo(422);
        assertThat(otherFormat.json().get("errors").get(0).get("message").asString())
                .contains("something-else");

        var newer = Uploads.restore(target, "{\"format\": \"rapport-backup\",\n\"version\": 99, \"tables\": {}}");
        assertThat(newer.status()).isEqualTo(422);
        assertThat(newer.json().get("errors").get(0).get("line").asInt()).isEqualTo(2);

        assertThat(target.get("/api/v1/people").json().get("total").asLong()).isZero();
    }

    @Test
    void aWrongValueHalfwayThroughIs422AtItsLineAndRollsBackWhatCameBefore() {
        String backup = export(source);
        String[] lines = backup.split("\n", -1);
        int broken = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("\"occurred_at\":")) {
                lines[i] = lines[i].replaceFirst("\"occurred_at\":\\d+", "\"occurred_at\":\"yesterday\"");
                broken = i + 1;
                break;
            }
        }
        ApiClient target = ApiClient.newMember(port);

        var answer = Uploads.restore(target, String.join("\n", lines));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(broken);
        assertThat(error.get("message").asString()).contains("encounters.occurred_at", "whole number");
        assertThat(target.get("/api/v1/people").json().get("total").asLong()).isZero();
        assertThat(Uploads.restore(target, backup).status()).isEqualTo(200);
    }

    @Test
    void aRowThatBreaksAReferenceIs422AndChangesNothing() {
        String backup = export(source);
        String broken = backup.replaceFirst(
                "\"organization_id\":\"[0-9a-f-]+\"", "\"organization_id\":\"" + UUID.randomUUID() + "\"");
        ApiClient target = ApiClient.newMember(port);

        var answer = Uploads.restore(target, broken);

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.json().get("errors").get(0).get("message").asString()).contains("tables.roles");
        assertThat(target.get("/api/v1/people").json().get("total").asLong()).isZero();
    }

    @Test
    void aBackupNeverHoldsAnotherWorkspacesRows() {
        ApiClient other = ApiClient.newMember(port);
        UUID theirs = other.post(
                        "/api/v1/people",
                        person().named("Somebody Else Entirely").build())
                .id();
        String backup = export(source);

        assertThat(backup).doesNotContain("Somebody Else Entirely", theirs.toString(), other.workspaceId.toString());
        assertThat(JSON.readTree(export(other)).get("tables").get("people").size())
                .isEqualTo(1);
        assertThat(source.get("/api/v1/export?format=vcard&ids=" + theirs).status())
                .isEqualTo(404);
        assertThat(source.get("/api/v1/export?format=csv&ids=" + theirs).status())
                .isEqualTo(404);
    }

    @Test
    void aGzippedBackupRestoresToo() throws Exception {
        String backup = export(source);
        var zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(backup.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        ApiClient target = ApiClient.newMember(port);

        var answer = Uploads.upload(target, "/api/v1/restore", "backup.json.gz", zipped.toByteArray());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertSameBackup(backup, source, export(target), target);
    }

    @Test
    void theOpenApiDescriptionHasExportAndRestore() {
        JsonNode paths = source.get("/v3/api-docs").json().get("paths");
        assertThat(paths.get("/api/v1/export").get("get").get("parameters").toString())
                .contains("format", "version", "ids", "tag");
        assertThat(paths.get("/api/v1/restore").get("post").get("requestBody").toString())
                .contains("multipart/form-data", "file");
    }

    @Test
    void anUnknownFormatIs400AndExportsNeedCredentials() {
        assertThat(source.get("/api/v1/export?format=xml").status()).isEqualTo(400);
        assertThat(ApiClient.anonymous(port).get("/api/v1/export?format=json").status())
                .isEqualTo(401);
    }

    static String export(ApiClient api) {
        var answer = api.get("/api/v1/export?format=json");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment");
        return answer.body();
    }

    /** Equal but for the time of export, the workspace's identity, and the member each one maps to. */
    static void assertSameBackup(String first, ApiClient firstOwner, String second, ApiClient secondOwner) {
        ObjectNode a = (ObjectNode)
                JSON.readTree(first.replace(firstOwner.memberId.toString(), secondOwner.memberId.toString()));
        ObjectNode b = (ObjectNode) JSON.readTree(second);
        for (ObjectNode doc : List.of(a, b)) {
            doc.remove("exportedAt");
            doc.remove("workspace");
        }
        assertThat(b).isEqualTo(a);
        // Byte for byte too, from the tables on: numbers, escapes and order must not drift.
        String tablesOfFirst = first.substring(first.indexOf("\"tables\":"))
                .replace(firstOwner.memberId.toString(), secondOwner.memberId.toString());
        assertThat(second.substring(second.indexOf("\"tables\":"))).isEqualTo(tablesOfFirst);
    }
}
