package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ClockedMember;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@RapportTest
@Import(MutableClock.Configuration.class)
class GoalApiIT {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ClockedMember me;

    @BeforeEach
    void freshMemberOnAMonday() {
        me = ClockedMember.at(port, clock, ClockedMember.MONDAY);
    }

    @Test
    void goalsOfBothKindsAreCreatedAndReadWithTheirPipeline() {
        var job = me.api.post("/api/v1/goals", Map.of("kind", "job_search", "title", "Data engineering roles 2027"));
        assertThat(job.status()).as(job.body()).isEqualTo(201);
        assertThat(job.text("kind")).isEqualTo("job_search");
        assertThat(job.json().get("staleAfterDays").asInt()).isEqualTo(14);
        var read = me.api.get("/api/v1/goals/" + job.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("title")).isEqualTo("Data engineering roles 2027");
        assertThat(read.json().get("pipeline").get("stages").toString())
                .isEqualTo("[\"identified\",\"contacted\",\"conversation_held\",\"followed_up\",\"referred\"]");

        var business =
                me.api.post("/api/v1/goals", Map.of("kind", "business", "title", "Consulting clients in Boston"));
        assertThat(business.status()).isEqualTo(201);
        assertThat(business.json().get("pipeline").get("stages").toString())
                .isEqualTo("[\"lead\",\"contacted\",\"conversation\",\"proposal\",\"won\",\"lost\",\"nurture\"]");
        var list = me.api.get("/api/v1/goals");
        assertThat(list.json().get("total").asInt()).isEqualTo(2);
        assertThat(list.json().get("items").get(0).has("pipeline")).isFalse();
    }

    @Test
    void badGoalsAreRefusedNamingTheField() {
        var unknown = me.api.post("/api/v1/goals", Map.of("kind", "astrology", "title", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("kind");
        assertThat(unknown.body()).contains("job_search");
        var empty = me.api.post("/api/v1/goals", Map.of("staleAfterDays", 0));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("kind", "title", "staleAfterDays");
        assertThat(me.api.get("/api/v1/goals").json().get("total").asInt()).isZero();
    }

    @Test
    void aPatchNeedsTheCurrentVersionAndCannotChangeTheKind() {
        UUID goal = me.goal("job_search");
        assertThat(me.api.patch("/api/v1/goals/" + goal, Map.of("title", "New")).errorFields())
                .containsExactly("version");
        var renamed = me.api.patch("/api/v1/goals/" + goal, Map.of("title", "Platform roles", "version", 1));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.text("title")).isEqualTo("Platform roles");
        assertThat(me.api
                        .patch("/api/v1/goals/" + goal, Map.of("title", "Again", "version", 1))
                        .status())
                .isEqualTo(409);
        assertThat(me.api
                        .patch("/api/v1/goals/" + goal, Map.of("kind", "business", "version", 2))
                        .errorFields())
                .containsExactly("kind");
        assertThat(me.api.delete("/api/v1/goals/" + goal).status()).isEqualTo(204);
        assertThat(me.api.get("/api/v1/goals/" + goal).status()).isEqualTo(404);
    }

    @Test
    void targetsAreSortedByMotivationThenAdvocacy() {
        UUID goal = me.goal("job_search");
        UUID dana = me.person(person().named("Dana Lee")
                .workingAt("Globex", "Head of Data")
                .with("relationship", Map.of("kinds", List.of("professional"), "closenessTier", "close")));
        me.person(person().named("Stranger").workingAt("Initech", "CTO"));
        target(goal, "Initech", 3, false);
        target(goal, "Globex", 3, true);
        target(goal, "Umbrella", 1, false);
        var bad = me.addTarget(goal, Map.of("organizationName", "Hooli", "motivation", 4));
        assertThat(bad.errorFields()).containsExactly("motivation");
        assertThat(me.addTarget(goal, Map.of("organizationName", "globex")).errorFields())
                .containsExactly("organizationId");

        JsonNode targets = me.pipeline(goal).get("targets");
        assertThat(ClockedMember.texts(targets, "organization")).containsExactly("Globex", "Initech", "Umbrella");
        JsonNode globex = targets.get(0);
        assertThat(globex.get("posting").asBoolean()).isTrue();
        // Advocacy is the best tie's strength, as the network module computes it for the person.
        int score = me.api
                .get("/api/v1/people/" + dana)
                .json()
                .get("relationship")
                .get("strength")
                .get("score")
                .asInt();
        assertThat(globex.get("advocacy").get("strength").asDouble()).isEqualTo(Math.max(0.05, score / 100.0));
        assertThat(globex.get("advocacy").get("level").asString()).isNotEqualTo("none");
        assertThat(globex.get("advocacy").get("path").get(0).asString()).isEqualTo(dana.toString());
        assertThat(globex.get("advocacy").get("pathNames").get(0).asString()).isEqualTo("Dana Lee");
        // Someone works at Initech, but the member has no relationship with them.
        assertThat(targets.get(1).get("advocacy").get("level").asString()).isEqualTo("none");
    }

    @Test
    void advocacyFollowsTheBestWarmIntroductionPathIntoATarget() {
        UUID goal = me.goal("job_search");
        UUID dana = me.person(person().named("Dana Lee")
                .with("relationship", Map.of("kinds", List.of("professional"), "closenessTier", "inner_circle")));
        UUID sam = me.person(person().named("Sam Insider").workingAt("Initech", "CTO"));
        target(goal, "Initech", 2, false);
        assertThat(me.pipeline(goal)
                        .get("targets")
                        .get(0)
                        .get("advocacy")
                        .get("level")
                        .asString())
                .isEqualTo("none");

        var tie = me.api.post(
                "/api/v1/connections",
                Map.of("personAId", dana.toString(), "personBId", sam.toString(), "type", "friend", "strength", 0.9));
        assertThat(tie.status()).as(tie.body()).isEqualTo(201);
        JsonNode advocacy = me.pipeline(goal).get("targets").get(0).get("advocacy");
        assertThat(advocacy.get("level").asString()).isNotEqualTo("none");
        assertThat(ClockedMember.texts(advocacy.get("pathNames"))).containsExactly("Dana Lee", "Sam Insider");
        var paths = me.api
                .get("/api/v1/network/paths?toOrganization=Initech")
                .json()
                .get("paths");
        assertThat(advocacy.get("strength").asDouble())
                .isEqualTo(paths.get(0).get("strength").asDouble());
        assertThat(advocacy.get("peopleYouKnowThere").asInt()).isZero();
    }

    @Test
    void stageMovesAreRecordedWithTheirTimeAndAnEntryGoesStaleAfterItsLimit() {
        UUID goal = me.goal("business");
        UUID ana = me.person(person().named("Ana Prospect"));
        var entry = me.addEntry(goal, Map.of("personId", ana.toString(), "source", "website"));
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        assertThat(entry.text("stage")).isEqualTo("lead");
        UUID id = entry.id();
        assertThat(me.addEntry(goal, Map.of("personId", ana.toString())).errorFields())
                .containsExactly("personId");
        assertThat(me.moveEntry(goal, id, "referred").errorFields()).containsExactly("stage");

        clock.advance(Duration.ofDays(3));
        var contacted = me.moveEntry(goal, id, "contacted");
        assertThat(contacted.text("stage")).isEqualTo("contacted");
        assertThat(contacted.text("stageSince")).isEqualTo("2026-11-05T09:00:00Z");
        clock.advance(Duration.ofDays(14));
        assertThat(me.entry(goal, id).get("stale").asBoolean()).isFalse();
        clock.advance(Duration.ofDays(1));
        JsonNode stale = me.entry(goal, id);
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("daysInStage").asInt()).isEqualTo(15);

        me.moveEntry(goal, id, "lost");
        clock.advance(Duration.ofDays(60));
        JsonNode lost = me.entry(goal, id);
        assertThat(lost.get("stale").asBoolean())
                .as("a final stage never goes stale")
                .isFalse();
        List<String> history = new ArrayList<>();
        lost.get("history")
                .forEach(m ->
                        history.add(m.get("to").asString() + "@" + m.get("at").asString()));
        assertThat(history)
                .containsExactly(
                        "lead@2026-11-02T09:00:00Z", "contacted@2026-11-05T09:00:00Z", "lost@2026-11-20T09:00:00Z");

        // A shorter limit flags sooner.
        me.api.patch("/api/v1/goals/" + goal, Map.of("staleAfterDays", 2, "version", 1));
        me.moveEntry(goal, id, "nurture");
        clock.advance(Duration.ofDays(3));
        assertThat(me.entry(goal, id).get("stale").asBoolean()).isTrue();
        JsonNode funnel = me.pipeline(goal).get("funnel");
        assertThat(funnel.get(1).get("stage").asString()).isEqualTo("contacted");
        assertThat(funnel.get(1).get("reached").asInt()).isEqualTo(1);
        assertThat(funnel.get(2).get("reached").asInt()).isZero();
    }

    @Test
    void touchesCountTheEncountersWithAProspect() {
        UUID goal = me.goal("business");
        UUID ana = me.person(person().named("Ana Prospect"));
        UUID id = me.addEntry(goal, Map.of("personId", ana.toString())).id();
        for (int i = 0; i < 3; i++) {
            me.api.post(
                    "/api/v1/encounters",
                    org.rapport.testing.EncounterMother.encounter()
                            .with(ana)
                            .kind("business")
                            .build());
        }
        assertThat(me.entry(goal, id).get("touches").asInt()).isEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionCoversTheGoalsApi() {
        String docs = me.api.get("/v3/api-docs").body();
        assertThat(docs)
                .contains("\"/api/v1/goals\"")
                .contains("/api/v1/goals/{id}/entries/{entryId}/moves")
                .contains("/api/v1/goals/{id}/targets/{targetId}/moves")
                .contains("TargetMoveResponse")
                .contains("/api/v1/goals/{id}/outreach/{outreachId}/follow-up")
                .contains("/api/v1/outreach/check")
                .contains("/api/v1/referrals")
                .contains("/api/v1/events/met")
                .contains("/api/v1/personal/who-could-help");
    }

    void target(UUID goal, String organization, int motivation, boolean posting) {
        var created = me.addTarget(
                goal,
                Map.of(
                        "organizationName",
                        organization,
                        "motivation",
                        motivation,
                        "posting",
                        posting,
                        "roles",
                        List.of("Data engineer")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }
}
