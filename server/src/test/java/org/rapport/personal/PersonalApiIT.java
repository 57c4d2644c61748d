package org.rapport.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.ClockedMember;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

@RapportTest
@Import(MutableClock.Configuration.class)
class PersonalApiIT {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ClockedMember me;

    @BeforeEach
    void member() {
        me = ClockedMember.at(port, clock, Instant.parse("2026-12-20T09:00:00Z"));
    }

    @Test
    void birthdaysBecomeFollowUpsOnTheDayOnceAcrossTheYearEnd() {
        UUID ana = me.person(person().named("Ana").with("birthday", "--01-03"));
        me.person(person().named("Bo").with("birthday", "1980-12-24"));
        me.person(person().named("Cy").with("birthday", "--06-01"));
        JsonNode upcoming =
                me.api.get("/api/v1/personal/birthdays?days=30").json().get("items");
        assertThat(upcoming).hasSize(2);
        assertThat(upcoming.get(0).get("displayName").asString()).isEqualTo("Bo");
        assertThat(upcoming.get(0).get("on").asString()).isEqualTo("2026-12-24");
        assertThat(upcoming.get(1).get("on").asString()).isEqualTo("2027-01-03");

        assertThat(me.api
                        .post("/api/v1/personal/birthdays/follow-ups?days=30", Map.of())
                        .json()
                        .get("created")
                        .asInt())
                .isEqualTo(2);
        assertThat(me.api
                        .post("/api/v1/personal/birthdays/follow-ups?days=30", Map.of())
                        .json()
                        .get("created")
                        .asInt())
                .isZero();
        JsonNode theirs =
                me.api.get("/api/v1/follow-ups?personId=" + ana).json().get("items");
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).get("title").asString()).isEqualTo("Wish Ana a happy birthday");
        assertThat(theirs.get(0).get("dueOn").asString()).isEqualTo("2027-01-03");
        assertThat(me.api.get("/api/v1/personal/birthdays?days=0").errorFields())
                .containsExactly("days");
    }

    @Test
    void favoursGivenAndReceivedAreListedWithTheirPeople() {
        UUID ana = me.person(person().named("Ana"));
        me.api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .kind("personal")
                        .at("2026-12-01T10:00:00Z")
                        .gave("favor", "watered the plants")
                        .received("recommendation", "the book Dune", ana)
                        .build());
        me.api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .at("2026-12-02T10:00:00Z")
                        .gave("information", "an article")
                        .build());
        JsonNode favours = me.api.get("/api/v1/personal/favours").json();
        assertThat(favours).hasSize(2);
        assertThat(favours.toString())
                .contains("watered the plants")
                .contains("the book Dune")
                .doesNotContain("an article");
        assertThat(favours.get(0).get("personName").asString()).isEqualTo("Ana");
    }

    @Test
    void whoCouldHelpAFriendFindsTheirConnectionsAndPlansAnIntroduction() {
        UUID neighbour = me.person(person().named("Nia Neighbour"));
        UUID cousin = me.person(person().named("Carl Cousin"));
        me.api.post(
                "/api/v1/connections",
                Map.of("personAId", neighbour.toString(), "personBId", cousin.toString(), "type", "family"));
        JsonNode helpers = me.api
                .get("/api/v1/personal/who-could-help?friendId=" + neighbour + "&need=nursing")
                .json()
                .get("helpers");
        assertThat(helpers.toString())
                .contains("Carl Cousin")
                .contains("already knows Nia Neighbour (family)")
                .doesNotContain("\"displayName\":\"Nia Neighbour\"");
        var intro = me.api.post(
                "/api/v1/personal/introductions",
                Map.of("friendId", neighbour.toString(), "helperId", cousin.toString(), "need", "nursing"));
        assertThat(intro.status()).as(intro.body()).isEqualTo(201);
        assertThat(intro.text("title")).isEqualTo("Introduce Nia Neighbour to Carl Cousin about nursing");
        assertThat(intro.text("dueOn")).isEqualTo("2026-12-20");
        assertThat(me.api.get("/api/v1/personal/who-could-help?need=").errorFields())
                .containsExactly("need");
    }

    @Test
    void anotherWorkspacesFriendIsNotFound() {
        ApiClient other = ApiClient.newMember(port);
        UUID theirs =
                other.post("/api/v1/people", person().named("Secret").build()).id();
        UUID mine = me.person(person().named("Mine"));
        assertThat(me.api
                        .get("/api/v1/personal/who-could-help?friendId=" + theirs + "&need=x")
                        .status())
                .isEqualTo(404);
        var intro = me.api.post(
                "/api/v1/personal/introductions", Map.of("friendId", mine.toString(), "helperId", theirs.toString()));
        assertThat(intro.errorFields()).containsExactly("helperId");
        assertThat(other.get("/api/v1/follow-ups").json().get("total").asInt()).isZero();
    }
}
