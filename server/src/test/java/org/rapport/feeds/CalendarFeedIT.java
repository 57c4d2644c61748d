package org.rapport.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Days;
import org.rapport.testing.PersonMother;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class CalendarFeedIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void theFeedHoldsOpenFollowUpsAndDueCheckInsAsAllDayEventsThatPythonICalendarReads() throws Exception {
        UUID dana = person("Dana Ñúñez", 10);
        var met = api.post(
                "/api/v1/encounters", encounter().with(dana).at(Days.ago(15)).build());
        assertThat(met.status()).isEqualTo(201);
        UUID later = person("Later Person", 30);
        api.post("/api/v1/encounters", encounter().with(later).at(Days.ago(1)).build());
        UUID open = api.post(
                        "/api/v1/follow-ups",
                        Map.of(
                                "title",
                                        "Send the deck; with \"notes\", commas\\ and a very long title that must be folded "
                                                + "because iCalendar lines are at most seventy-five octets long",
                                "notes", "Line one\nLine two",
                                "type", "deliver",
                                "dueOn", "2026-12-03"))
                .id();
        UUID done = api.post("/api/v1/follow-ups", Map.of("title", "Already done", "type", "other", "status", "done"))
                .id();

        String url = api.post("/api/v1/feeds/follow-ups/secret", Map.of()).text("url");
        assertThat(url).matches("http://[^/]+/feeds/[A-Za-z0-9_-]{43}/follow-ups\\.ics");
        HttpResponse<String> feed = fetch(url, Map.of());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(feed.headers().firstValue("ETag")).isPresent();
        assertThat(feed.headers().firstValue("Last-Modified")).isPresent();

        JsonNode cal = PythonICalendar.parse(feed.body());
        assertThat(cal.get("version").asString()).isEqualTo("2.0");
        List<String> uids = new ArrayList<>();
        cal.get("events").forEach(e -> uids.add(e.get("uid").asString()));
        assertThat(uids)
                .containsExactlyInAnyOrder(
                        "follow-up-" + open + "@rapport",
                        "check-in-" + dana + "@rapport",
                        "check-in-" + later + "@rapport")
                .doesNotContain("follow-up-" + done + "@rapport");
        JsonNode deck = event(cal, "follow-up-" + open + "@rapport");
        assertThat(deck.get("summary").asString())
                .startsWith("Send the deck; with \"notes\", commas\\ and a very long");
        assertThat(deck.get("description").asString()).contains("Line one\nLine two");
        assertThat(deck.get("allDay").asBoolean()).isTrue();
        assertThat(deck.get("start").asString()).isEqualTo("2026-12-03");
        assertThat(deck.get("end").asString()).isEqualTo("2026-12-04");
        JsonNode checkIn = event(cal, "check-in-" + dana + "@rapport");
        assertThat(checkIn.get("summary").asString()).isEqualTo("Get in touch with Dana Ñúñez");
        assertThat(checkIn.get("start").asString())
                .isEqualTo(LocalDate.now().minusDays(5).toString());

        // The same data gives the same bytes: UIDs and stamps are stable.
        assertThat(fetch(url, Map.of()).body()).isEqualTo(feed.body());
    }

    @Test
    void anUnchangedFeedAnswers304AndAChangeMovesTheETag() throws Exception {
        String url = api.post("/api/v1/feeds/follow-ups/secret", Map.of()).text("url");
        var first = fetch(url, Map.of());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(fetch(url, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(fetch(
                                url,
                                Map.of(
                                        "If-Modified-Since",
                                        first.headers()
                                                .firstValue("Last-Modified")
                                                .orElseThrow()))
                        .statusCode())
                .isEqualTo(304);

        api.post("/api/v1/follow-ups", Map.of("title", "Call the printer", "type", "other", "dueOn", "2026-12-10"));
        var changed = fetch(url, Map.of("If-None-Match", etag));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(changed.body()).contains("Call the printer");
    }

    @Test
    void rotatingTheSecretRetiresTheOldAddressAndTurningItOffRetiresAll() throws Exception {
        assertThat(api.get("/api/v1/feeds/follow-ups").json().get("enabled").asBoolean())
                .isFalse();
        String old = api.post("/api/v1/feeds/follow-ups/secret", Map.of()).text("url");
        String rotated = api.post("/api/v1/feeds/follow-ups/secret", Map.of()).text("url");
        assertThat(rotated).isNotEqualTo(old);
        assertThat(fetch(old, Map.of()).statusCode()).isEqualTo(404);
        assertThat(fetch(rotated, Map.of()).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/feeds/follow-ups").json().get("enabled").asBoolean())
                .isTrue();

        assertThat(api.delete("/api/v1/feeds/follow-ups/secret").status()).isEqualTo(204);
        assertThat(fetch(rotated, Map.of()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/feeds/follow-ups").json().get("enabled").asBoolean())
                .isFalse();
    }

    @Test
    void aFeedShowsOnlyItsOwnMembersFollowUpsAndUnknownSecretsAreNotFound() throws Exception {
        api.post("/api/v1/follow-ups", Map.of("title", "Mine only", "type", "other", "dueOn", "2026-12-10"));
        ApiClient stranger = ApiClient.newMember(port);
        stranger.post("/api/v1/follow-ups", Map.of("title", "The stranger's", "type", "other", "dueOn", "2026-12-10"));
        String mine = api.post("/api/v1/feeds/follow-ups/secret", Map.of()).text("url");
        String theirs =
                stranger.post("/api/v1/feeds/follow-ups/secret", Map.of()).text("url");
        assertThat(fetch(mine, Map.of()).body()).contains("Mine only").doesNotContain("The stranger's");
        assertThat(fetch(theirs, Map.of()).body()).contains("The stranger's").doesNotContain("Mine only");

        String base = "http://127.0.0.1:" + port;
        assertThat(fetch(base + "/feeds/" + "A".repeat(43) + "/follow-ups.ics", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(fetch(base + "/feeds/short/follow-ups.ics", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get("/api/v1/feeds/follow-ups").status())
                .isEqualTo(401);
        // Without credentials (nor a CSRF token) nothing is made.
        assertThat(ApiClient.anonymous(port)
                        .post("/api/v1/feeds/follow-ups/secret", Map.of())
                        .status())
                .isIn(401, 403);
    }

    private UUID person(String name, int cadence) {
        return api.post(
                        "/api/v1/people",
                        PersonMother.person().named(name).withCadence(cadence).build())
                .id();
    }

    private static JsonNode event(JsonNode cal, String uid) {
        for (JsonNode e : cal.get("events")) {
            if (e.get("uid").asString().equals(uid)) {
                return e;
            }
        }
        throw new AssertionError("no event " + uid + " in " + cal);
    }

    private static HttpResponse<String> fetch(String url, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
