package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages over plain HTTP: every form needs its CSRF token, another workspace's ids are 404. */
@RapportTest
class WebPagesIT {

    @LocalServerPort
    int port;

    ApiClient owner;
    ApiClient stranger;
    WebSession web;
    String csrf;

    @BeforeEach
    void signedInAsTheStranger() throws Exception {
        owner = ApiClient.newMember(port);
        stranger = ApiClient.newMember(port);
        web = WebSession.signedIn(port, stranger.email);
        csrf = WebSession.csrf(web.get("/settings").body());
    }

    @Test
    void everyPageRendersForASignedInMember() throws Exception {
        stranger.post(
                "/api/v1/people",
                person().named("Own Person").workingAt("Own Org", "CEO").build());
        for (String path : List.of(
                "/",
                "/people",
                "/people/new",
                "/encounters/new",
                "/organizations",
                "/follow-ups",
                "/follow-ups?status=done",
                "/settings")) {
            var page = web.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                    .as(path)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline");
        }
    }

    @Test
    void anotherWorkspacesIdsAreNotFoundOnPages() throws Exception {
        var created = owner.post(
                "/api/v1/people",
                person().named("Hidden").workingAt("Secret Org", "CTO").build());
        UUID person = created.id();
        String org = created.json().get("roles").get(0).get("organizationId").asString();
        UUID followUp = owner.post("/api/v1/follow-ups", Map.of("type", "other", "title", "x"))
                .id();

        assertThat(web.get("/people/" + person).statusCode()).isEqualTo(404);
        assertThat(web.get("/people/" + person + "/edit").statusCode()).isEqualTo(404);
        assertThat(web.get("/organizations/" + org).statusCode()).isEqualTo(404);
        assertThat(web.get("/encounters/new?with=" + person).body()).doesNotContain("Hidden");
        assertThat(web.post("/people/" + person + "/delete", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.post("/people/" + person, Map.of("displayName", "Taken", "version", "1", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.post("/follow-ups/" + followUp + "/done", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.get("/people/not-a-uuid").statusCode()).isEqualTo(404);
        assertThat(owner.get("/api/v1/people/" + person).text("displayName")).isEqualTo("Hidden");
        assertThat(owner.get("/api/v1/follow-ups/" + followUp).text("status")).isEqualTo("open");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        UUID own =
                stranger.post("/api/v1/people", person().named("Mine").build()).id();
        UUID followUp = stranger.post("/api/v1/follow-ups", Map.of("type", "other", "title", "x"))
                .id();
        assertThat(web.post("/people", Map.of("displayName", "Forged")).statusCode())
                .isEqualTo(403);
        assertThat(web.post("/people/" + own + "/delete", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(web.post("/follow-ups/" + followUp + "/done", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(web.post("/encounters", Map.of("participantNames", "Mine", "kind", "personal"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(web.post("/settings/tokens", Map.of("name", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(web.post("/demo", Map.of()).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        assertThat(stranger.get("/api/v1/follow-ups/" + followUp).text("status"))
                .isEqualTo("open");

        var withToken = web.post("/people", Map.of("displayName", "Real", "_csrf", csrf));
        assertThat(withToken.statusCode()).isEqualTo(302);
    }

    @Test
    void aQuickCaptureLineFillsInTheEncounterForm() throws Exception {
        stranger.post("/api/v1/people", person().named("Ana Ruiz").build());
        String line = "Coffee with @Ana Ruiz about data roles #job_search gave: the article on lakehouses;"
                + " got: intro to @Carla at Acme when: yesterday";
        var page = web.get("/encounters/new?capture=" + URLEncoder.encode(line, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("value=\"Ana Ruiz\"", "value=\"Carla\"", "value=\"the article on lakehouses\"")
                .containsPattern("value=\"job_search\"[^>]*checked")
                .contains("value=\"" + java.time.LocalDate.now().minusDays(1));

        var bad =
                web.get("/encounters/new?capture=" + URLEncoder.encode("Lunch when: someday", StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("capture: cannot read");
    }

    @Test
    void aLongTimelinePagesThroughEveryEncounter() throws Exception {
        UUID ana = stranger.post("/api/v1/people", person().named("Ana Ruiz").build())
                .id();
        for (int i = 0; i < 55; i++) {
            var logged = stranger.post(
                    "/api/v1/encounters",
                    org.rapport.testing.EncounterMother.encounter()
                            .with(ana)
                            .at(java.time.OffsetDateTime.parse("2026-01-01T10:00:00Z")
                                    .plusDays(i)
                                    .toString())
                            .set("title", "Meeting " + i)
                            .build());
            assertThat(logged.status()).isEqualTo(201);
        }
        String first = web.get("/people/" + ana).body();
        assertThat(first)
                .contains("Encounters 1–50 of 55", "Meeting 54", "timeline=1")
                .doesNotContain("Meeting 4<");
        String second = web.get("/people/" + ana + "?timeline=1").body();
        assertThat(second).contains("Encounters 51–55 of 55", "Meeting 4<", "Meeting 0<", "timeline=0");
    }
}
