package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@RapportTest
@Import(MutableClock.Configuration.class)
class GoalApiIT {
    // Monday 2 November 2026, 09:00 UTC
    static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void freshMemberOnAMonday() {
        clock.set(MONDAY);
        api = ApiClient.newMember(port);
    }

    @Test
    void goalsOfBothKindsAreCreatedAndReadWithTheirPipeline() {
        var job = api.post("/api/v1/goals", Map.of("kind", "job_search", "title", "Data engineering roles 2027"));
        assertThat(job.status()).as(job.body()).isEqualTo(201);
        assertThat(job.text("kind")).isEqualTo("job_search");
        assertThat(job.json().get("staleAfterDays").asInt()).isEqualTo(14);
        var read = api.get("/api/v1/goals/" + job.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("title")).isEqualTo("Data engineering roles 2027");
        assertThat(read.json().get("pipeline").get("stages").toString())
                .isEqualTo("[\"identified\",\"contacted\",\"conversation_held\",\"followed_up\",\"referred\"]");

        var business = api.post("/api/v1/goals", Map.of("kind", "business", "title", "Consulting clients in Boston"));
        assertThat(business.status()).isEqualTo(201);
        assertThat(business.json().get("pipeline").get("stages").toString())
                .isEqualTo("[\"lead\",\"contacted\",\"conversation\",\"proposal\",\"won\",\"lost\",\"nurture\"]");
        var list = api.get("/api/v1/goals");
        assertThat(list.json().get("total").asInt()).isEqualTo(2);
        assertThat(list.json().get("items").get(0).has("pipeline")).isFalse();
    }

    @Test
    void badGoalsAreRefusedNamingTheField() {
        var unknown = api.post("/api/v1/goals", Map.of("kind", "astrology", "title", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("kind");
        assertThat(unknown.body()).contains("job_search");
        var empty = api.post("/api/v1/goals", Map.of("staleAfterDays", 0));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("kind", "title", "staleAfterDays");
        assertThat(api.get("/api/v1/goals").json().get("total").asInt()).isZero();
    }

    @Test
    void aPatchNeedsTheCurrentVersionAndCannotChangeTheKind() {
        UUID goal = goal("job_search");
        assertThat(api.patch("/api/v1/goals/" + goal, Map.of("title", "New")).errorFields())
                .containsExactly("version");
        var renamed = api.patch("/api/v1/goals/" + goal, Map.of("title", "Platform roles", "version", 1));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.text("title")).isEqualTo("Platform roles");
        assertThat(api.patch("/api/v1/goals/" + goal, Map.of("title", "Again", "version", 1))
                        .status())
                .isEqualTo(409);
        assertThat(api.patch("/api/v1/goals/" + goal, Map.of("kind", "business", "version", 2))
                        .errorFields())
                .containsExactly("kind");
        assertThat(api.delete("/api/v1/goals/" + goal).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/goals/" + goal).status()).isEqualTo(404);
    }

    @Test
    void targetsAreSortedByMotivationThenAdvocacy() {
        UUID goal = goal("job_search");
        UUID dana = api.post(
                        "/api/v1/people",
                        person().named("Dana Lee")
                                .workingAt("Globex", "Head of Data")
                                .with(
                                        "relationship",
                                        Map.of("kinds", List.of("professional"), "closenessTier", "close"))
                                .build())
                .id();
        api.post(
                "/api/v1/people",
                person().named("Stranger").workingAt("Initech", "CTO").build());
        target(goal, "Initech", 3, false);
        target(goal, "Globex", 3, true);
        target(goal, "Umbrella", 1, false);
        var bad = api.post("/api/v1/goals/" + goal + "/targets", Map.of("organizationName", "Hooli", "motivation", 4));
        assertThat(bad.errorFields()).containsExactly("motivation");
        assertThat(api.post("/api/v1/goals/" + goal + "/targets", Map.of("organizationName", "globex"))
                        .errorFields())
                .containsExactly("organizationId");

        JsonNode targets = pipeline(goal).get("targets");
        assertThat(names(targets, "organization")).containsExactly("Globex", "Initech", "Umbrella");
        JsonNode globex = targets.get(0);
        assertThat(globex.get("posting").asBoolean()).isTrue();
        // Advocacy is the best tie's strength, as the network module computes it for the person.
        int score = api.get("/api/v1/people/" + dana)
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
        UUID goal = goal("job_search");
        UUID dana = api.post(
                        "/api/v1/people",
                        person().named("Dana Lee")
                                .with(
                                        "relationship",
                                        Map.of("kinds", List.of("professional"), "closenessTier", "inner_circle"))
                                .build())
                .id();
        UUID sam = api.post(
                        "/api/v1/people",
                        person().named("Sam Insider")
                                .workingAt("Initech", "CTO")
                                .build())
                .id();
        target(goal, "Initech", 2, false);
        assertThat(pipeline(goal)
                        .get("targets")
                        .get(0)
                        .get("advocacy")
                        .get("level")
                        .asString())
                .isEqualTo("none");

        var tie = api.post(
                "/api/v1/connections",
                Map.of("personAId", dana.toString(), "personBId", sam.toString(), "type", "friend", "strength", 0.9));
        assertThat(tie.status()).as(tie.body()).isEqualTo(201);
        JsonNode advocacy = pipeline(goal).get("targets").get(0).get("advocacy");
        assertThat(advocacy.get("level").asString()).isNotEqualTo("none");
        assertThat(names(advocacy.get("pathNames"), null)).containsExactly("Dana Lee", "Sam Insider");
        var paths =
                api.get("/api/v1/network/paths?toOrganization=Initech").json().get("paths");
        assertThat(advocacy.get("strength").asDouble())
                .isEqualTo(paths.get(0).get("strength").asDouble());
        assertThat(advocacy.get("peopleYouKnowThere").asInt()).isZero();
    }

    @Test
    void stageMovesAreRecordedWithTheirTimeAndAnEntryGoesStaleAfterItsLimit() {
        UUID goal = goal("business");
        UUID ana = personNamed("Ana Prospect");
        var entry =
                api.post("/api/v1/goals/" + goal + "/entries", Map.of("personId", ana.toString(), "source", "website"));
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        assertThat(entry.text("stage")).isEqualTo("lead");
        UUID id = entry.id();
        assertThat(api.post("/api/v1/goals/" + goal + "/entries", Map.of("personId", ana.toString()))
                        .errorFields())
                .containsExactly("personId");
        assertThat(move(goal, id, "referred").errorFields()).containsExactly("stage");

        clock.advance(Duration.ofDays(3));
        var contacted = move(goal, id, "contacted");
        assertThat(contacted.text("stage")).isEqualTo("contacted");
        assertThat(contacted.text("stageSince")).isEqualTo("2026-11-05T09:00:00Z");
        clock.advance(Duration.ofDays(14));
        assertThat(entry(goal, id).get("stale").asBoolean()).isFalse();
        clock.advance(Duration.ofDays(1));
        JsonNode stale = entry(goal, id);
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("daysInStage").asInt()).isEqualTo(15);

        move(goal, id, "lost");
        clock.advance(Duration.ofDays(60));
        JsonNode lost = entry(goal, id);
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
        api.patch("/api/v1/goals/" + goal, Map.of("staleAfterDays", 2, "version", 1));
        move(goal, id, "nurture");
        clock.advance(Duration.ofDays(3));
        assertThat(entry(goal, id).get("stale").asBoolean()).isTrue();
        JsonNode funnel = pipeline(goal).get("funnel");
        assertThat(funnel.get(1).get("stage").asString()).isEqualTo("contacted");
        assertThat(funnel.get(1).get("reached").asInt()).isEqualTo(1);
        assertThat(funnel.get(2).get("reached").asInt()).isZero();
    }

    @Test
    void touchesCountTheEncountersWithAProspect() {
        UUID goal = goal("business");
        UUID ana = personNamed("Ana Prospect");
        UUID id = api.post("/api/v1/goals/" + goal + "/entries", Map.of("personId", ana.toString()))
                .id();
        for (int i = 0; i < 3; i++) {
            api.post(
                    "/api/v1/encounters",
                    org.rapport.testing.EncounterMother.encounter()
                            .with(ana)
                            .kind("business")
                            .build());
        }
        assertThat(entry(goal, id).get("touches").asInt()).isEqualTo(3);
    }

    @Test
    void theOpenApiDescriptionCoversTheGoalsApi() {
        String docs = api.get("/v3/api-docs").body();
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

    UUID goal(String kind) {
        var created = api.post("/api/v1/goals", Map.of("kind", kind, "title", "A " + kind + " goal"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    UUID personNamed(String name) {
        return api.post("/api/v1/people", person().named(name).build()).id();
    }

    void target(UUID goal, String organization, int motivation, boolean posting) {
        var created = api.post(
                "/api/v1/goals/" + goal + "/targets",
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

    ApiClient.Response move(UUID goal, UUID entry, String stage) {
        return api.post("/api/v1/goals/" + goal + "/entries/" + entry + "/moves", Map.of("stage", stage));
    }

    JsonNode pipeline(UUID goal) {
        return api.get("/api/v1/goals/" + goal).json().get("pipeline");
    }

    JsonNode entry(UUID goal, UUID entry) {
        for (JsonNode e : pipeline(goal).get("entries")) {
            if (e.get("id").asString().equals(entry.toString())) {
                return e;
            }
        }
        throw new AssertionError("no entry " + entry);
    }

    static List<String> names(JsonNode array, String field) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(field == null ? n.asString() : n.get(field).asString()));
        return names;
    }
}
