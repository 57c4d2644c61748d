package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.ClockedMember;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member of workspace B tries every goals endpoint with workspace A's ids: 404 each time, and A's data unchanged. */
@RapportTest
class GoalIsolationIT {
    @LocalServerPort
    int port;

    ClockedMember a;
    ApiClient b;
    UUID goal;
    UUID business;
    UUID target;
    UUID entry;
    UUID prospect;
    UUID outreach;
    UUID person;
    UUID organizationProspect;
    String before;

    @BeforeEach
    void workspaceAWithAGoalOfEachKind() {
        a = ClockedMember.on(port);
        b = ApiClient.newMember(port);
        person = a.person(person().named("Secret Sam").workingAt("Hidden Corp", "CEO"));
        UUID referrer = a.person(person().named("Secret Rita"));
        goal = a.goal("job_search", "Secret search");
        target = a.addTarget(goal, Map.of("organizationName", "Hidden Corp")).id();
        outreach = a.api.post(
                        "/api/v1/goals/" + goal + "/outreach",
                        Map.of("personId", person.toString(), "message", "Could we talk?"))
                .id();
        entry = UUID.fromString(a.pipeline(goal).get("entries").get(0).get("id").asString());
        business = a.goal("business", "Secret clients");
        prospect = a.addEntry(business, Map.of("personId", person.toString(), "referredById", referrer.toString()))
                .id();
        String hiddenCorp =
                a.pipeline(goal).get("targets").get(0).get("organizationId").asString();
        organizationProspect =
                a.addEntry(business, Map.of("organizationId", hiddenCorp)).id();
        before = a.api.get("/api/v1/goals/" + goal).body()
                + a.api.get("/api/v1/goals/" + business).body();
    }

    @Test
    void anotherWorkspaceGets404ForEveryGoalEndpoint() {
        String g = "/api/v1/goals/" + goal;
        String biz = "/api/v1/goals/" + business;
        List<ApiClient.Response> answers = List.of(
                b.get(g),
                b.patch(g, Map.of("title", "Mine", "version", 1)),
                b.delete(g),
                b.post(g + "/targets", Map.of("organizationName", "Elsewhere")),
                b.patch(g + "/targets/" + target, Map.of("motivation", 1)),
                b.post(g + "/targets/" + target + "/moves", Map.of("stage", "contacted")),
                b.delete(g + "/targets/" + target),
                b.post(g + "/entries", Map.of("personId", person.toString())),
                b.patch(g + "/entries/" + entry, Map.of("stage", "referred", "version", 1)),
                b.post(g + "/entries/" + entry + "/moves", Map.of("stage", "referred")),
                b.delete(g + "/entries/" + entry),
                b.post(g + "/entries/" + entry + "/advice-conversation", Map.of("whoElse", List.of())),
                b.post(g + "/outreach", Map.of("personId", person.toString(), "message", "hi?")),
                b.post(g + "/outreach/" + outreach + "/reply", Map.of()),
                b.post(g + "/outreach/" + outreach + "/follow-up", Map.of()),
                b.post(biz + "/entries/" + prospect + "/moves", Map.of("stage", "won")),
                b.post(biz + "/entries/" + organizationProspect + "/moves", Map.of("stage", "won")),
                b.patch(biz + "/entries/" + organizationProspect, Map.of("source", "mine", "version", 1)),
                b.delete(biz + "/entries/" + organizationProspect),
                b.delete(biz));
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(404));

        assertThat(b.get("/api/v1/goals").json().get("total").asInt()).isZero();
        assertThat(b.get("/api/v1/referrals").json().get("sources")).isEmpty();
        assertThat(a.api.get("/api/v1/referrals").json().get("sources")).hasSize(1);
        assertThat(a.api.get("/api/v1/goals/" + goal).body()
                        + a.api.get("/api/v1/goals/" + business).body())
                .isEqualTo(before);
    }

    @Test
    void aGoalOfBCannotTakeInAsPeopleOrOrganizations() {
        UUID own = b.post("/api/v1/goals", Map.of("kind", "business", "title", "Mine"))
                .id();
        UUID mine = b.post("/api/v1/people", person().named("Mine").build()).id();
        assertThat(b.post("/api/v1/goals/" + own + "/entries", Map.of("personId", person.toString()))
                        .errorFields())
                .containsExactly("personId");
        assertThat(b.post(
                                "/api/v1/goals/" + own + "/entries",
                                Map.of("personId", mine.toString(), "referredById", person.toString()))
                        .errorFields())
                .containsExactly("referredById");
        UUID search = b.post("/api/v1/goals", Map.of("kind", "job_search", "title", "Mine"))
                .id();
        String hiddenCorp =
                a.pipeline(goal).get("targets").get(0).get("organizationId").asString();
        assertThat(b.post("/api/v1/goals/" + search + "/targets", Map.of("organizationId", hiddenCorp))
                        .errorFields())
                .containsExactly("organizationId");
        assertThat(b.post("/api/v1/goals/" + own + "/entries", Map.of("organizationId", hiddenCorp))
                        .errorFields())
                .as("another workspace's organization as a prospect")
                .containsExactly("organizationId");
        // B's own goal with A's target id in the path: 404, as if it did not exist.
        UUID bTarget = b.post("/api/v1/goals/" + search + "/targets", Map.of("organizationName", "Mine Inc"))
                .id();
        assertThat(b.post("/api/v1/goals/" + search + "/targets/" + target + "/moves", Map.of("stage", "contacted"))
                        .status())
                .isEqualTo(404);
        assertThat(b.post("/api/v1/goals/" + search + "/targets/" + bTarget + "/moves", Map.of("stage", "contacted"))
                        .status())
                .isEqualTo(200);
        assertThat(b.post(
                                "/api/v1/goals/" + search + "/outreach",
                                Map.of("personId", person.toString(), "message", "?"))
                        .errorFields())
                .containsExactly("personId");
    }
}
