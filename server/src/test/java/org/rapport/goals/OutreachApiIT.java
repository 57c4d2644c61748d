package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.time.Duration;
import java.time.Instant;
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

/** Advice requests and the 3-then-7 routine, advice conversations, and referral credit, with a clock the test moves. */
@RapportTest
@Import(MutableClock.Configuration.class)
class OutreachApiIT {
    // Thursday 5 November 2026, 10:00 UTC
    static final Instant THURSDAY = Instant.parse("2026-11-05T10:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ClockedMember me;
    UUID goal;

    @BeforeEach
    void aJobSearchOnAThursday() {
        me = ClockedMember.at(port, clock, THURSDAY);
        goal = me.goal("job_search", "Platform roles");
        me.addTarget(goal, Map.of("organizationName", "Globex", "motivation", 3));
    }

    @Test
    void theCheckerFlagsWhatTheAdviceRequestGetsWrong() {
        var checked = me.api.post(
                "/api/v1/outreach/check",
                Map.of("message", "I need a job. I am great and my skills are many.", "connectionName", "Priya"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("ok").asBoolean()).isFalse();
        assertThat(ClockedMember.texts(checked.json().get("flags"), "code"))
                .containsExactlyInAnyOrder(
                        "mentions_job", "connection_not_first", "no_question_at_end", "more_about_you");
        assertThat(me.api.post("/api/v1/outreach/check", Map.of()).errorFields())
                .containsExactly("message");
    }

    @Test
    void noReplyAfterThreeBusinessDaysSuggestsASecondPersonThenAfterSevenOneFollowUpThenNothing() {
        UUID dana = me.person(person().named("Dana Lee").workingAt("Globex", "Head of Data"));
        UUID omar = me.person(person().named("Omar Diaz").workingAt("Globex", "Engineer"));
        var sent = me.api.post(
                "/api/v1/goals/" + goal + "/outreach",
                Map.of("personId", dana.toString(), "message", "Hi Dana, Priya suggested I write. Could we talk?"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("organization")).isEqualTo("Globex");
        assertThat(sent.text("response")).isEqualTo("awaiting");
        UUID outreach = sent.id();
        // Logged as a job-search encounter with Dana; Dana is now "contacted" in the pipeline.
        JsonNode encounter =
                me.api.get("/api/v1/encounters/" + sent.text("encounterId")).json();
        assertThat(encounter.get("kind").asString()).isEqualTo("job_search");
        assertThat(encounter.get("title").asString()).contains("awaiting a reply");
        assertThat(me.pipeline(goal).get("entries").get(0).get("stage").asString())
                .isEqualTo("contacted");

        clock.advance(Duration.ofDays(4)); // Monday: 2 business days
        assertThat(me.pipeline(goal).get("suggestions")).isEmpty();
        clock.advance(Duration.ofDays(1)); // Tuesday: 3
        JsonNode suggestion = me.pipeline(goal).get("suggestions").get(0);
        assertThat(suggestion.get("action").asString()).isEqualTo("reach_second_person");
        assertThat(suggestion.get("candidateId").asString()).isEqualTo(omar.toString());
        assertThat(suggestion.get("text").asString()).contains("Omar Diaz at Globex");

        clock.advance(Duration.ofDays(6)); // Monday after: 7
        suggestion = me.pipeline(goal).get("suggestions").get(0);
        assertThat(suggestion.get("action").asString()).isEqualTo("follow_up_once");
        var followed = me.api.post("/api/v1/goals/" + goal + "/outreach/" + outreach + "/follow-up", Map.of());
        assertThat(followed.status()).as(followed.body()).isEqualTo(200);
        assertThat(me.pipeline(goal).get("suggestions")).isEmpty();
        assertThat(me.api
                        .post("/api/v1/goals/" + goal + "/outreach/" + outreach + "/follow-up", Map.of())
                        .status())
                .isEqualTo(400);

        clock.advance(Duration.ofDays(2));
        JsonNode rate = me.pipeline(goal).get("responseRate");
        assertThat(rate.get("sent").asInt()).isEqualTo(1);
        assertThat(rate.get("never").asInt()).isEqualTo(1);
        assertThat(rate.get("rate").asDouble()).isZero();
    }

    @Test
    void contactsAreClassedByHowTheyAnsweredAndTheRateCountsReplies() {
        UUID a = me.person(person().named("Fast"));
        UUID b = me.person(person().named("Slow"));
        UUID c = me.person(person().named("Silent"));
        UUID fast = send(a), slow = send(b);
        send(c);
        me.api.post(
                "/api/v1/goals/" + goal + "/outreach/" + fast + "/reply", Map.of("repliedAt", "2026-11-10T08:00:00Z"));
        me.api.post(
                "/api/v1/goals/" + goal + "/outreach/" + slow + "/reply", Map.of("repliedAt", "2026-11-12T08:00:00Z"));
        assertThat(me.api
                        .post(
                                "/api/v1/goals/" + goal + "/outreach/" + slow + "/reply",
                                Map.of("repliedAt", "2026-11-01T08:00:00Z"))
                        .errorFields())
                .containsExactly("repliedAt");
        clock.advance(Duration.ofDays(20));
        JsonNode rate = me.pipeline(goal).get("responseRate");
        assertThat(rate.get("within3Days").asInt()).isEqualTo(1);
        assertThat(rate.get("later").asInt()).isEqualTo(1);
        assertThat(rate.get("never").asInt()).isEqualTo(1);
        assertThat(rate.get("rate").asDouble()).isBetween(0.66, 0.67);
    }

    @Test
    void anAdviceConversationOwesThanksTomorrowAReportBackInTwoWeeksAndAddsWhoElse() {
        UUID dana = me.person(person().named("Dana Lee").workingAt("Globex", "Head of Data"));
        send(dana);
        UUID entry = UUID.fromString(
                me.pipeline(goal).get("entries").get(0).get("id").asString());
        var talked = me.api.post(
                "/api/v1/goals/" + goal + "/entries/" + entry + "/advice-conversation",
                Map.of(
                        "notes",
                        "Talk to the platform team",
                        "whoElse",
                        List.of(Map.of("name", "Kim Park", "organization", "Globex"), Map.of("name", "Lou Ng"))));
        assertThat(talked.status()).as(talked.body()).isEqualTo(201);
        JsonNode followUps = me.api
                .get("/api/v1/follow-ups?status=open&personId=" + dana)
                .json()
                .get("items");
        assertThat(followUps).hasSize(2);
        assertThat(followUps.get(0).get("type").asString()).isEqualTo("thank_you");
        assertThat(followUps.get(0).get("dueOn").asString()).isEqualTo("2026-11-06");
        assertThat(followUps.get(1).get("type").asString()).isEqualTo("check_in");
        assertThat(followUps.get(1).get("title").asString())
                .isEqualTo("Report back to Dana Lee on how their advice helped");
        assertThat(followUps.get(1).get("dueOn").asString()).isEqualTo("2026-11-19");

        JsonNode introduced = talked.json().get("introducedPeople");
        assertThat(introduced).hasSize(2);
        JsonNode kim =
                me.api.get("/api/v1/people/" + introduced.get(0).asString()).json();
        assertThat(kim.get("displayName").asString()).isEqualTo("Kim Park");
        assertThat(kim.get("howWeMet").get("introducedById").asString()).isEqualTo(dana.toString());
        assertThat(kim.get("roles").get(0).get("organization").asString()).isEqualTo("Globex");
        JsonNode entries = me.pipeline(goal).get("entries");
        assertThat(ClockedMember.texts(entries, "stage"))
                .containsExactly("conversation_held", "identified", "identified");
        assertThat(me.pipeline(goal).get("responseRate").get("within3Days").asInt())
                .isEqualTo(1);
        assertThat(me.api
                        .post(
                                "/api/v1/goals/" + goal + "/entries/" + entry + "/advice-conversation",
                                Map.of("whoElse", List.of(Map.of("organization", "Nowhere"))))
                        .errorFields())
                .containsExactly("whoElse[0].name");
    }

    @Test
    void aWonDealCreditsItsReferrerAndRepeatReferrersAreAdvocates() {
        UUID business = me.goal("business", "Clients");
        UUID rita = me.person(person().named("Rita Referrer"));
        UUID sam = me.person(person().named("Sam Source"));
        UUID p1 = me.person(person().named("Prospect One"));
        UUID p2 = me.person(person().named("Prospect Two"));
        UUID p3 = me.person(person().named("Prospect Three"));
        UUID e1 = prospect(business, p1, rita, 500_000);
        prospect(business, p2, rita, 200_000);
        UUID e3 = prospect(business, p3, sam, 900_000);

        var won = me.moveEntry(business, e1, "won");
        assertThat(won.status()).as(won.body()).isEqualTo(200);
        me.moveEntry(business, e3, "won");

        JsonNode thanks = me.api
                .get("/api/v1/follow-ups?status=open&type=thank_you&personId=" + rita)
                .json()
                .get("items");
        assertThat(thanks).hasSize(1);
        assertThat(thanks.get(0).get("title").asString()).isEqualTo("Thank Rita Referrer for referring Prospect One");
        JsonNode credited =
                me.api.get("/api/v1/encounters?personId=" + rita).json().get("items");
        assertThat(credited).hasSize(1);
        JsonNode received = credited.get(0).get("received").get(0);
        assertThat(received.get("type").asString()).isEqualTo("referral");
        assertThat(received.get("personId").asString()).isEqualTo(rita.toString());
        // The give-and-take ledger counts it as a referral received from Rita.
        JsonNode ledger = me.api.get("/api/v1/people/" + rita + "/ledger").json();
        assertThat(ledger.get("received").get("allTime").asInt()).isEqualTo(1);
        assertThat(ledger.get("byType").get(0).get("type").asString()).isEqualTo("referral");
        assertThat(ledger.get("byType").get(0).get("received").get("allTime").asInt())
                .isEqualTo(1);
        // Moving to won again while won credits nobody twice.
        me.moveEntry(business, e1, "won");
        assertThat(me.api
                        .get("/api/v1/encounters?personId=" + rita)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        JsonNode sources = me.api.get("/api/v1/referrals").json().get("sources");
        assertThat(ClockedMember.texts(sources, "name")).containsExactly("Rita Referrer", "Sam Source");
        assertThat(sources.get(0).get("prospects").asInt()).isEqualTo(2);
        assertThat(sources.get(0).get("won").asInt()).isEqualTo(1);
        assertThat(sources.get(0).get("valueCents").asLong()).isEqualTo(500_000);
        assertThat(sources.get(0).get("advocate").asBoolean()).isTrue();
        assertThat(sources.get(1).get("valueCents").asLong()).isEqualTo(900_000);
        assertThat(sources.get(1).get("advocate").asBoolean()).isFalse();
        assertThat(me.api.get("/api/v1/referrals").json().get("referrals")).hasSize(3);
    }

    UUID send(UUID person) {
        var sent = me.api.post(
                "/api/v1/goals/" + goal + "/outreach",
                Map.of("personId", person.toString(), "message", "Could you spare 15 minutes for your advice?"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.id();
    }

    UUID prospect(UUID business, UUID person, UUID referrer, long value) {
        var created = me.addEntry(
                business,
                Map.of(
                        "personId",
                        person.toString(),
                        "referredById",
                        referrer.toString(),
                        "valueCents",
                        value,
                        "source",
                        "referral"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }
}
