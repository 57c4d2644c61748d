package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ClockedMember;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** Goal and insights pages over plain HTTP: they render what the member has, escaped; another workspace gets 404. */
@RapportTest
@Import(MutableClock.Configuration.class)
class GoalPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ClockedMember me;
    ClockedMember owner;
    WebSession web;
    String csrf;

    @BeforeEach
    void signedIn() throws Exception {
        me = ClockedMember.at(port, clock, Instant.parse("2026-11-26T10:00:00Z"));
        owner = ClockedMember.on(port);
        web = WebSession.signedIn(port, me.api.email);
        csrf = WebSession.csrf(web.get("/goals").body());
    }

    @Test
    void theGoalPagesRenderTheMembersDataEscaped() throws Exception {
        UUID goal = me.goal("job_search", "<script>alert(1)</script>");
        UUID dana = me.person(person().named("Dana <b>Lee</b>").workingAt("Globex", "CTO"));
        me.addTarget(goal, Map.of("organizationName", "Globex", "motivation", 3));
        UUID entry = me.addEntry(goal, Map.of("personId", dana.toString())).id();
        for (String path : List.of(
                "/goals",
                "/goals/" + goal,
                "/goals/" + goal + "/outreach/new?personId=" + dana,
                "/goals/" + goal + "/entries/" + entry + "/conversation",
                "/insights",
                "/goals/referrals",
                "/events/met",
                "/personal",
                "/personal?friend=Dana+%3Cb%3ELee%3C%2Fb%3E&need=Globex")) {
            var page = web.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body())
                    .as(path)
                    .doesNotContain("<script>alert(1)</script>")
                    .doesNotContain("<b>Lee</b>");
        }
        assertThat(web.get("/goals/" + goal).body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Globex");
        assertThat(web.get("/goals/" + goal + "/outreach/new?personId=" + dana).body())
                .contains("Hi Dana,");
    }

    @Test
    void formsMoveTheBoardAndTheCheckerAnswersAFragmentToHtmx() throws Exception {
        var created = web.post("/goals", Map.of("kind", "business", "title", "Clients", "_csrf", csrf));
        assertThat(created.statusCode()).isEqualTo(302);
        String board = created.headers().firstValue("Location").orElseThrow();
        String goal = board.substring(board.lastIndexOf('/') + 1);
        var added = web.post(
                "/goals/" + goal + "/entries",
                Map.of(
                        "name",
                        "Pat Prospect",
                        "organization",
                        "Initech",
                        "source",
                        "event",
                        "referredBy",
                        "Rita Ref",
                        "value",
                        "1200",
                        "_csrf",
                        csrf));
        assertThat(added.statusCode()).isEqualTo(302);
        String page = web.get("/goals/" + goal).body();
        assertThat(page)
                .contains("Pat Prospect")
                .contains("referred by Rita Ref")
                .contains("value 1200");
        Matcher move = Pattern.compile("/goals/" + goal + "/entries/([0-9a-f-]{36})/move")
                .matcher(page);
        assertThat(move.find()).isTrue();
        web.post(move.group(), Map.of("stage", "won", "_csrf", csrf));
        String won = web.get("/goals/" + goal).body();
        assertThat(won).contains("Moved to Won");
        assertThat(won.substring(won.indexOf("id=\"referral-sources\""))).contains("Rita Ref");

        assertThat(web.post("/goals", Map.of("kind", "astrology", "title", "x", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(302);
        assertThat(web.get("/goals").body()).contains("kind: must be one of job_search, business");
        assertThat(web.post("/goals", Map.of("kind", "business", "title", "No token"))
                        .statusCode())
                .isEqualTo(403);

        UUID search = me.goal("job_search", "Search");
        var fragment = web.send(HttpRequest.newBuilder(web.uri("/goals/" + search + "/outreach/check"))
                .header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        WebSession.form(Map.of("message", "I want a job.", "connection", "", "_csrf", csrf)))));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body())
                .startsWith("<section")
                .doesNotContain("<header")
                .contains("data-flag=\"mentions_job\"")
                .contains("data-flag=\"no_question_at_end\"");
    }

    @Test
    void theBoardMovesTargetsAndTakesOrganizationsAsProspectsShowingEachMoveWithItsDate() throws Exception {
        UUID search = me.goal("job_search", "Search");
        UUID target =
                me.addTarget(search, Map.of("organizationName", "Globex <Inc>")).id();
        clock.set(Instant.parse("2026-11-27T10:00:00Z"));
        var moved = web.post(
                "/goals/" + search + "/targets/" + target + "/move", Map.of("stage", "followed_up", "_csrf", csrf));
        assertThat(moved.statusCode()).isEqualTo(302);
        String board = web.get("/goals/" + search).body();
        assertThat(board).contains("Moved Globex &lt;Inc&gt; to Followed up");
        String targets = board.substring(board.indexOf("id=\"targets\""), board.indexOf("id=\"pipeline\""));
        assertThat(targets)
                .contains("since 2026-11-27")
                .containsPattern("2026-11-26</time>\\s*<span>Identified</span> <span class=\"muted\">\\(added\\)")
                .containsPattern(
                        "2026-11-27</time>\\s*<span>Followed up</span> <span class=\"muted\">\\(moved by hand\\)");
        // The insights funnel has the organizations beside the people (none in the pipeline yet).
        String insights = web.get("/insights").body();
        String funnel = insights.substring(insights.indexOf("Search: how far people and organizations got"));
        assertThat(funnel.substring(0, funnel.indexOf("</table>")))
                .contains("People reached")
                .contains("Organizations reached")
                .containsPattern("<th scope=\"row\">Followed up</th>\\s*<td>0</td>\\s*<td>1</td>")
                .containsPattern("<th scope=\"row\">Referred</th>\\s*<td>0</td>\\s*<td>0</td>");
        web.post("/goals/" + search + "/targets/" + target + "/move", Map.of("stage", "won", "_csrf", csrf));
        assertThat(web.get("/goals/" + search).body()).contains("stage: must be one of identified");

        var created = web.post("/goals", Map.of("kind", "business", "title", "Clients", "_csrf", csrf));
        String location = created.headers().firstValue("Location").orElseThrow();
        String goal = location.substring(location.indexOf("/goals/"));
        var added = web.post(
                goal + "/entries",
                Map.of(
                        "subject",
                        "organization",
                        "name",
                        "Acme Corp",
                        "source",
                        "conference",
                        "value",
                        "900",
                        "_csrf",
                        csrf));
        assertThat(added.statusCode()).isEqualTo(302);
        String page = web.get(goal).body();
        assertThat(page).contains("Added Acme Corp");
        String lead = page.substring(page.indexOf("id=\"stage-lead\""), page.indexOf("id=\"stage-contacted\""));
        assertThat(lead)
                .contains("Acme Corp")
                .contains("/organizations/")
                .contains(">organization<")
                .contains("value 900")
                .contains("2026-11-27</time>");
        UUID goalId = UUID.fromString(goal.substring(goal.lastIndexOf('/') + 1));
        JsonNode entry = me.pipeline(goalId).get("entries").get(0);
        assertThat(entry.get("subject").asString()).isEqualTo("organization");
        assertThat(entry.get("source").asString()).isEqualTo("conference");
        // The organization was created by its name, once: a second prospect of the same name is refused.
        web.post(goal + "/entries", Map.of("subject", "organization", "name", "acme corp", "_csrf", csrf));
        assertThat(web.get(goal).body()).contains("organizationId: is already a prospect of this goal");
    }

    @Test
    void insightsChartTheMembersConversationsAndNetwork() throws Exception {
        UUID ana = me.person(person().named("Ana")
                .with("relationship", Map.of("kinds", List.of("personal"), "closenessTier", "close")));
        me.api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .kind("personal")
                        .at("2026-11-24T10:00:00Z")
                        .gave("favor", "lent a ladder")
                        .received("recommendation", "a book", ana)
                        .build());
        me.api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .kind("personal")
                        .at("2026-11-25T10:00:00Z")
                        .build());
        String page = web.get("/insights").body();
        assertThat(page).contains("<svg").doesNotContain("<script>");
        String conversations = page.substring(page.indexOf("id=\"chart-conversations\""));
        // the data table: the week of 23 November has two personal conversations
        assertThat(conversations.substring(0, conversations.indexOf("</table>")))
                .containsPattern("<th scope=\"row\">Nov 23</th>\\s*<td>2</td>");
        String network = page.substring(page.indexOf("id=\"chart-network\""));
        assertThat(network.substring(0, network.indexOf("</table>")))
                .containsPattern("<th scope=\"row\">Personal</th>\\s*<td>0</td>\\s*<td>1</td>");
        // The other member's page counts nothing of this.
        assertThat(owner.api.get("/api/v1/goals").json().get("total").asInt()).isZero();
    }

    @Test
    void anotherWorkspacesGoalIsNotFoundOnEveryPage() throws Exception {
        UUID goal = owner.goal("job_search", "Secret");
        UUID sam = owner.person(person().named("Sam"));
        UUID entry = owner.addEntry(goal, Map.of("personId", sam.toString())).id();
        UUID target =
                owner.addTarget(goal, Map.of("organizationName", "Secret Inc")).id();
        UUID outreach = owner.api
                .post("/api/v1/goals/" + goal + "/outreach", Map.of("personId", sam.toString(), "message", "Hi?"))
                .id();
        String g = "/goals/" + goal;
        for (String path : List.of(g, g + "/outreach/new", g + "/entries/" + entry + "/conversation")) {
            assertThat(web.get(path).statusCode()).as(path).isEqualTo(404);
        }
        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put(g + "/targets", Map.of("organization", "X"));
        posts.put(g + "/entries", Map.of("name", "X"));
        posts.put(g + "/entries/" + entry + "/move", Map.of("stage", "referred"));
        posts.put(g + "/targets/" + target + "/move", Map.of("stage", "referred"));
        posts.put(g + "/entries/" + entry + "/conversation", Map.of("notes", "x"));
        posts.put(g + "/outreach", Map.of("personId", sam.toString(), "message", "x"));
        posts.put(g + "/outreach/check", Map.of("message", "x"));
        posts.put(g + "/outreach/" + outreach + "/reply", Map.of());
        posts.put(g + "/outreach/" + outreach + "/follow-up", Map.of());
        posts.put(g + "/delete", Map.of());
        for (var p : posts.entrySet()) {
            Map<String, String> body = new LinkedHashMap<>(p.getValue());
            body.put("_csrf", csrf);
            assertThat(web.post(p.getKey(), body).statusCode()).as(p.getKey()).isEqualTo(404);
        }
        assertThat(owner.pipeline(goal).get("entries")).hasSize(1);
    }
}
