package org.rapport.personal;

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
import org.rapport.testing.ClockedMember;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** A birthday three days away is a check-in follow-up without anyone asking: once, whatever is read, twice or by whom. */
@RapportTest
@Import(MutableClock.Configuration.class)
class BirthdayFollowUpsIT {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ClockedMember me;

    @BeforeEach
    void member() {
        me = ClockedMember.at(port, clock, Instant.parse("2026-12-27T09:00:00Z"));
    }

    @Test
    void aBirthdayBecomesACheckInThreeDaysBeforeByItselfAndOnlyOnce() throws Exception {
        UUID bo = me.person(person().named("Bo").with("birthday", "1980-12-29"));
        UUID ana = me.person(person().named("Ana").with("birthday", "--01-01"));
        me.person(person().named("Cy").with("birthday", "--02-10"));

        // Bo's birthday is in two days: the check-in is due today. Ana's (in five days) comes later.
        assertThat(titles(me.api)).containsExactly("Wish Bo a happy birthday on 29 December");
        JsonNode first = me.api
                .get("/api/v1/follow-ups?personId=" + bo)
                .json()
                .get("items")
                .get(0);
        assertThat(first.get("type").asString()).isEqualTo("check_in");
        assertThat(first.get("origin").asString()).isEqualTo("automatic");
        assertThat(first.get("dueOn").asString()).isEqualTo("2026-12-27");
        assertThat(titles(me.api)).as("read again: nothing new").hasSize(1);
        // The pages read them too, and add nothing twice.
        WebSession web = WebSession.signedIn(port, me.api.email);
        assertThat(web.get("/").statusCode()).isEqualTo(200);
        assertThat(web.get("/follow-ups").body()).contains("Wish Bo a happy birthday on 29 December");
        assertThat(titles(me.api)).hasSize(1);

        // Done is done: completing it does not bring it back.
        var done = me.api.patch("/api/v1/follow-ups/" + first.get("id").asString(), Map.of("status", "done"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);

        // Across the year end: on 29 December Ana's birthday (1 January) is three days away.
        clock.advance(Duration.ofDays(2));
        JsonNode anas = me.api.get("/api/v1/follow-ups?personId=" + ana).json().get("items");
        assertThat(anas).hasSize(1);
        assertThat(anas.get(0).get("title").asString()).isEqualTo("Wish Ana a happy birthday on 1 January");
        assertThat(anas.get(0).get("dueOn").asString()).isEqualTo("2026-12-29");
        assertThat(me.api.get("/api/v1/follow-ups?personId=" + bo).json().get("items"))
                .as("Bo's, done, is not made again")
                .hasSize(1);

        // The button for the next 60 days adds Cy's only: the automatic ones count as there.
        assertThat(me.api
                        .post("/api/v1/personal/birthdays/follow-ups?days=60", Map.of())
                        .json()
                        .get("created")
                        .asInt())
                .isEqualTo(1);

        // A year later Bo has a birthday again, and a new check-in.
        clock.set(Instant.parse("2027-12-27T09:00:00Z"));
        assertThat(me.api.get("/api/v1/follow-ups?personId=" + bo).json().get("items"))
                .hasSize(2);
    }

    @Test
    void aLeapDayBirthdayFallsOnTheLastDayOfFebruaryInOtherYears() {
        clock.set(Instant.parse("2027-02-25T09:00:00Z"));
        me.person(person().named("Lea").with("birthday", "2000-02-29"));
        me.person(person().named("Mo").with("birthday", "--03-01"));
        assertThat(titles(me.api)).containsExactly("Wish Lea a happy birthday on 28 February");
        clock.set(Instant.parse("2028-02-27T09:00:00Z"));
        assertThat(titles(me.api))
                .containsExactlyInAnyOrder(
                        "Wish Lea a happy birthday on 28 February",
                        "Wish Lea a happy birthday on 29 February",
                        "Wish Mo a happy birthday on 1 March");
    }

    @Test
    void anotherWorkspaceGetsNoneOfThem() {
        me.person(person().named("Bo").with("birthday", "--12-28"));
        ApiClient other = ApiClient.newMember(port);
        assertThat(titles(other)).isEmpty();
        assertThat(titles(me.api)).containsExactly("Wish Bo a happy birthday on 28 December");
        assertThat(titles(other)).isEmpty();
    }

    static List<String> titles(ApiClient client) {
        List<String> titles = new ArrayList<>();
        client.get("/api/v1/follow-ups?size=200")
                .json()
                .get("items")
                .forEach(f -> titles.add(f.get("title").asString()));
        return titles;
    }
}
