package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Imports are searchable as a whole: the people an import writes are staged for the index while it
 * runs and shown once it commits, then re-read from the tables through the change log; a dry run or
 * a failed import shows nobody.
 */
@RapportTest
class SearchBulkIT {
    static final int ROWS = 2_600;

    @LocalServerPort
    int port;

    @Autowired
    IndexCatchUp catchUp;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void everyoneAnImportWroteIsSearchableAndEndsUpAsTheTablesHaveThem() {
        // Matched by name regardless of case, so the people's organization is this one, spelled so.
        assertThat(api.post("/api/v1/organizations", Map.of("name", "ACME Widgets"))
                        .status())
                .isEqualTo(201);
        long shownBefore = catchUp.stagedShown();

        var answer = upload("", linkedIn(ROWS, "acme widgets", false));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(ROWS);

        for (int i = 0; i < ROWS; i += 97) {
            assertFound("bulkgiven" + i);
        }
        assertFound("bulkgiven" + (ROWS - 1));
        // Shown from the import's own stage, before the catch-up read its changes.
        assertThat(catchUp.stagedShown() - shownBefore).isEqualTo(ROWS);

        // Then the change log replaces what was staged (the file's spelling) with what the tables hold.
        List<JsonNode> hits = patiently(
                "widgets",
                h -> h.size() == 20
                        && h.stream()
                                .allMatch(hit -> hit.get("snippet").asString().equals("ACME <mark>Widgets</mark>")));
        assertThat(hits).hasSize(20);
        assertThat(hits)
                .allSatisfy(hit -> assertThat(hit.get("snippet").asString()).isEqualTo("ACME <mark>Widgets</mark>"));
    }

    @Test
    void aDryRunShowsNobody() {
        long shownBefore = catchUp.stagedShown();
        var answer = upload("?dryRun=true", linkedIn(ROWS, "Dry Run Inc", false));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(ROWS);

        assertNobodyFromTheFile(shownBefore);
    }

    @Test
    void aFailedImportShowsNobody() {
        long shownBefore = catchUp.stagedShown();
        // The broken last line comes after the first chunk of people has been written and staged.
        var answer = upload("", linkedIn(ROWS, "Broken Inc", true));
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);

        assertNobodyFromTheFile(shownBefore);
    }

    /** A write after the import is found, so the catch-up has passed the import: nobody of it is. */
    private void assertNobodyFromTheFile(long shownBefore) {
        UUID marker = api.post(
                        "/api/v1/people", person().named("Marker Afterwards").build())
                .id();
        List<JsonNode> seen = patiently("marker afterwards", h -> !h.isEmpty());
        assertThat(SearchApiIT.ids(seen)).containsExactly(marker);
        for (String q : List.of("bulkgiven0", "bulkgiven1999", "bulkgiven" + (ROWS - 1), "bulkfamily")) {
            assertThat(search(q)).as(q).isEmpty();
        }
        assertThat(catchUp.stagedShown()).isEqualTo(shownBefore);
    }

    private void assertFound(String given) {
        List<JsonNode> hits = patiently(given, h -> !h.isEmpty());
        assertThat(hits).as(given).isNotEmpty();
        assertThat(hits.get(0).get("title").asString()).startsWith(given.replace("bulkgiven", "Bulkgiven"));
    }

    /**
     * Like {@link SearchApiIT#eventually}, with a minute: not a timing test (the benchmark times it),
     * and the test machine may be shared by several builds.
     */
    private List<JsonNode> patiently(String q, java.util.function.Predicate<List<JsonNode>> condition) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        List<JsonNode> hits = search(q);
        while (!condition.test(hits) && System.nanoTime() < deadline) {
            SearchApiIT.sleep(50);
            hits = search(q);
        }
        return hits;
    }

    private List<JsonNode> search(String q) {
        var response =
                api.get("/api/v1/search?types=person&q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("hits").valueStream().toList();
    }

    static byte[] linkedIn(int rows, String company, boolean brokenAtTheEnd) {
        StringBuilder b = new StringBuilder("Notes:\n\"When exporting your connection data, you may notice…\"\n\n");
        b.append("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            b.append("Bulkgiven")
                    .append(i)
                    .append(",Bulkfamily,https://www.linkedin.com/in/bulk-")
                    .append(i)
                    .append(",,")
                    .append(company)
                    .append(",Engineer,")
                    .append(1 + i % 28)
                    .append(" Mar 2024\n");
        }
        if (brokenAtTheEnd) {
            b.append("\"Unterminated,Quote,https://www.linkedin.com/in/broken,,Broken Inc,Engineer,1 Mar 2024\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ApiClient.Response upload(String query, byte[] csv) {
        String boundary = "----rapport" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Connections.csv\""
                                + "\r\nContent-Type: text/csv\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String separator = query.isEmpty() ? "?" : "&";
        return api.send(
                "POST",
                "/api/v1/imports" + query + separator + "format=linkedin",
                body.toByteArray(),
                "multipart/form-data; boundary=" + boundary);
    }
}
