package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
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

/**
 * Target organizations move through the job-search stages (by themselves when one of their people
 * gets further, never backwards; by hand either way), each move recorded with its date and cause;
 * a new-business prospect may be an organization.
 */
@RapportTest
@Import(MutableClock.Configuration.class)
class GoalStagesIT {
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
    void aTargetFollowsItsFurthestPersonAndNeverMovesBackByItself() {
        UUID goal = me.goal("job_search");
        UUID dana = me.person(person().named("Dana Lee").workingAt("Globex", "Head of Data"));
        var added = me.addTarget(goal, Map.of("organizationName", "Globex"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.text("stage")).isEqualTo("identified");
        assertThat(added.text("stageSince")).isEqualTo("2026-11-02T09:00:00Z");
        UUID target = added.id();

        clock.advance(Duration.ofDays(1));
        var sent = me.api.post(
                "/api/v1/goals/" + goal + "/outreach",
                Map.of("personId", dana.toString(), "message", "Could we talk?"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        JsonNode contacted = me.target(goal, target);
        assertThat(contacted.get("stage").asString()).isEqualTo("contacted");
        assertThat(contacted.get("stageSince").asString()).isEqualTo("2026-11-03T09:00:00Z");
        JsonNode byDana = contacted.get("history").get(1);
        assertThat(byDana.get("cause").asString()).isEqualTo("person");
        assertThat(byDana.get("personId").asString()).isEqualTo(dana.toString());
        assertThat(byDana.get("person").asString()).isEqualTo("Dana Lee");
        UUID entry = UUID.fromString(byDana.get("entryId").asString());

        clock.advance(Duration.ofDays(2));
        assertThat(me.moveEntry(goal, entry, "conversation_held").status()).isEqualTo(200);
        assertThat(me.target(goal, target).get("stage").asString()).isEqualTo("conversation_held");
        clock.advance(Duration.ofDays(1));
        assertThat(me.moveEntry(goal, entry, "identified").status()).isEqualTo(200);
        assertThat(me.target(goal, target).get("stage").asString())
                .as("a person losing ground does not move the organization back")
                .isEqualTo("conversation_held");

        clock.advance(Duration.ofDays(1));
        var byHand = me.moveTarget(goal, target, "followed_up");
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(200);
        assertThat(byHand.text("stage")).isEqualTo("followed_up");
        assertThat(byHand.text("stageSince")).isEqualTo("2026-11-07T09:00:00Z");
        clock.advance(Duration.ofDays(1));
        assertThat(me.moveTarget(goal, target, "contacted").text("stage"))
                .as("by hand it may go back")
                .isEqualTo("contacted");
        clock.advance(Duration.ofDays(1));
        assertThat(me.moveEntry(goal, entry, "referred").status()).isEqualTo(200);

        JsonNode referred = me.target(goal, target);
        assertThat(referred.get("stage").asString()).isEqualTo("referred");
        assertThat(referred.get("daysInStage").asInt()).isZero();
        assertThat(history(referred))
                .containsExactly(
                        "identified@2026-11-02T09:00:00Z added",
                        "contacted@2026-11-03T09:00:00Z person",
                        "conversation_held@2026-11-05T09:00:00Z person",
                        "followed_up@2026-11-07T09:00:00Z manual",
                        "contacted@2026-11-08T09:00:00Z manual",
                        "referred@2026-11-09T09:00:00Z person");
        JsonNode funnel = me.pipeline(goal).get("targetFunnel");
        assertThat(funnel).hasSize(5);
        assertThat(funnel.get(4).get("stage").asString()).isEqualTo("referred");
        assertThat(funnel.get(4).get("reached").asInt()).isEqualTo(1);
    }

    @Test
    void aTargetAddedLateCatchesUpWithItsPeopleAlreadyInThePipeline() {
        UUID goal = me.goal("job_search");
        UUID sam = me.person(person().named("Sam Insider").workingAt("Initech", "CTO"));
        UUID other = me.person(person().named("Olga Elsewhere").workingAt("Hooli", "CTO"));
        UUID entry = me.addEntry(goal, Map.of("personId", sam.toString())).id();
        UUID elsewhere = me.addEntry(goal, Map.of("personId", other.toString())).id();
        clock.advance(Duration.ofDays(2));
        assertThat(me.moveEntry(goal, entry, "conversation_held").status()).isEqualTo(200);
        assertThat(me.moveEntry(goal, elsewhere, "referred").status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1));
        var added = me.addTarget(goal, Map.of("organizationName", "Initech"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.text("stage")).isEqualTo("conversation_held");
        assertThat(history(added.json()))
                .containsExactly(
                        "identified@2026-11-05T09:00:00Z added", "conversation_held@2026-11-05T09:00:00Z person");
        assertThat(added.json().get("history").get(1).get("person").asString()).isEqualTo("Sam Insider");
    }

    @Test
    void aPersonLinkedToATargetLaterPullsItAlong() {
        UUID goal = me.goal("job_search");
        UUID kim = me.person(person().named("Kim Freelance"));
        var target = me.addTarget(goal, Map.of("organizationName", "Umbrella"));
        UUID entry = me.addEntry(goal, Map.of("personId", kim.toString(), "stage", "conversation_held"))
                .id();
        assertThat(me.target(goal, target.id()).get("stage").asString())
                .as("Kim works nowhere yet")
                .isEqualTo("identified");
        clock.advance(Duration.ofDays(1));
        var linked = me.api.patch(
                "/api/v1/goals/" + goal + "/entries/" + entry,
                Map.of("organizationId", target.text("organizationId"), "version", 1));
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        JsonNode followed = me.target(goal, target.id());
        assertThat(followed.get("stage").asString()).isEqualTo("conversation_held");
        assertThat(followed.get("stageSince").asString()).isEqualTo("2026-11-03T09:00:00Z");
    }

    @Test
    void badTargetMovesAreRefusedNamingTheField() {
        UUID goal = me.goal("job_search");
        UUID target = me.addTarget(goal, Map.of("organizationName", "Globex")).id();
        assertThat(me.moveTarget(goal, target, "astrology").errorFields()).containsExactly("stage");
        var won = me.moveTarget(goal, target, "won");
        assertThat(won.status()).isEqualTo(400);
        assertThat(won.errorFields()).containsExactly("stage");
        assertThat(won.body()).contains("identified, contacted, conversation_held, followed_up, referred");
        assertThat(me.api
                        .post("/api/v1/goals/" + goal + "/targets/" + target + "/moves", Map.of())
                        .errorFields())
                .containsExactly("stage");
        UUID otherGoal = me.goal("job_search");
        assertThat(me.moveTarget(otherGoal, target, "contacted").status())
                .as("a target of another goal")
                .isEqualTo(404);
        assertThat(me.moveTarget(goal, UUID.randomUUID(), "contacted").status()).isEqualTo(404);
        assertThat(history(me.target(goal, target))).containsExactly("identified@2026-11-02T09:00:00Z added");
    }

    @Test
    void anOrganizationIsAProspectWithItsOwnStagesTouchesAndReferrer() {
        UUID goal = me.goal("business");
        UUID acme = me.api
                .post("/api/v1/organizations", Map.of("name", "Acme Corp"))
                .id();
        UUID ann = me.person(person().named("Ann Buyer").workingAt("Acme Corp", "CFO"));
        UUID bob = me.person(person().named("Bob User").workingAt("Acme Corp", "Engineer"));
        UUID rita = me.person(person().named("Rita Ref"));
        me.api.post(
                "/api/v1/encounters",
                encounter().with(ann, bob).kind("business").build());
        me.api.post("/api/v1/encounters", encounter().with(bob).kind("business").build());

        var created = me.addEntry(
                goal,
                Map.of(
                        "organizationId",
                        acme.toString(),
                        "source",
                        "conference",
                        "referredById",
                        rita.toString(),
                        "valueCents",
                        900000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("subject")).isEqualTo("organization");
        assertThat(created.json().get("personId").isNull()).isTrue();
        assertThat(created.text("displayName")).isEqualTo("Acme Corp");
        assertThat(created.text("organizationId")).isEqualTo(acme.toString());
        assertThat(created.text("stage")).isEqualTo("lead");
        assertThat(created.json().get("touches").asInt())
                .as("two encounters with the people there, the one with both counted once")
                .isEqualTo(2);
        UUID entry = created.id();

        // A person prospect still works beside it, and says so.
        UUID pat = me.person(person().named("Pat"));
        var person = me.addEntry(goal, Map.of("personId", pat.toString()));
        assertThat(person.text("subject")).isEqualTo("person");

        assertThat(me.addEntry(goal, Map.of("organizationId", acme.toString())).errorFields())
                .containsExactly("organizationId");
        assertThat(me.addEntry(goal, Map.of("organizationId", UUID.randomUUID().toString()))
                        .errorFields())
                .containsExactly("organizationId");
        assertThat(me.addEntry(goal, Map.of("source", "x")).errorFields()).containsExactly("personId");
        UUID search = me.goal("job_search");
        assertThat(me.addEntry(search, Map.of("organizationId", acme.toString()))
                        .errorFields())
                .as("a job search's pipeline holds people; organizations are its targets")
                .containsExactly("personId");
        assertThat(me.api
                        .patch(
                                "/api/v1/goals/" + goal + "/entries/" + entry,
                                Map.of("personId", pat.toString(), "version", 1))
                        .errorFields())
                .containsExactly("personId");
        assertThat(me.api
                        .patch(
                                "/api/v1/goals/" + goal + "/entries/" + entry,
                                Map.of("organizationId", UUID.randomUUID().toString(), "version", 1))
                        .errorFields())
                .contains("organizationId");

        var patched =
                me.api.patch("/api/v1/goals/" + goal + "/entries/" + entry, Map.of("source", "website", "version", 1));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.text("source")).isEqualTo("website");
        assertThat(patched.text("subject")).isEqualTo("organization");

        clock.advance(Duration.ofDays(2));
        var moved = me.moveEntry(goal, entry, "proposal");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        clock.advance(Duration.ofDays(15));
        JsonNode stale = me.entry(goal, entry);
        assertThat(stale.get("stale").asBoolean()).isTrue();
        assertThat(stale.get("daysInStage").asInt()).isEqualTo(15);

        var won = me.moveEntry(goal, entry, "won");
        assertThat(won.status()).as(won.body()).isEqualTo(200);
        List<String> moves = new ArrayList<>();
        won.json()
                .get("history")
                .forEach(m ->
                        moves.add(m.get("to").asString() + "@" + m.get("at").asString()));
        assertThat(moves)
                .containsExactly(
                        "lead@2026-11-02T09:00:00Z", "proposal@2026-11-04T09:00:00Z", "won@2026-11-19T09:00:00Z");
        JsonNode referrals = me.api.get("/api/v1/referrals").json();
        JsonNode referral = referrals.get("referrals").get(0);
        assertThat(referral.get("personName").asString()).isEqualTo("Acme Corp");
        assertThat(referral.get("organizationId").asString()).isEqualTo(acme.toString());
        JsonNode source = referrals.get("sources").get(0);
        assertThat(source.get("name").asString()).isEqualTo("Rita Ref");
        assertThat(source.get("won").asInt()).isEqualTo(1);
        assertThat(source.get("valueCents").asLong()).isEqualTo(900000);
        // Winning a referred organization credits the referrer, as it does for a person.
        var credit = me.api.get("/api/v1/encounters?personId=" + rita);
        assertThat(credit.body()).contains("Won Acme Corp, referred by Rita Ref");

        // Deleting the organization removes the prospect with it; the person prospect stays.
        assertThat(me.api.delete("/api/v1/organizations/" + acme).status()).isEqualTo(204);
        assertThat(me.pipeline(goal).get("entries")).hasSize(1);
    }

    static List<String> history(JsonNode target) {
        List<String> moves = new ArrayList<>();
        target.get("history")
                .forEach(m -> moves.add(m.get("to").asString() + "@"
                        + m.get("at").asString() + " " + m.get("cause").asString()));
        return moves;
    }
}
