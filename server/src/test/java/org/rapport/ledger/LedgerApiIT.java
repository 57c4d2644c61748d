package org.rapport.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.EncounterMother;
import org.rapport.testing.PersonMother;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class LedgerApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    UUID ana;
    UUID bob;
    int year = LocalDate.now().getYear();

    @BeforeEach
    void twoPeople() {
        api = ApiClient.newMember(port);
        ana = api.post("/api/v1/people", PersonMother.person().named("Ana Ruiz").build())
                .id();
        bob = api.post(
                        "/api/v1/people",
                        PersonMother.person().named("Bob Stone").build())
                .id();
    }

    @Test
    void theLedgerCountsByTypeThisYearAndAllTimeByTheEncountersOwnLocalDate() {
        // Late on New Year's Eve in New York is already the new year in UTC: it counts for last year.
        log(encounter()
                .with(ana)
                .at((year - 1) + "-12-31T23:30:00-05:00")
                .received("advice", "how Acme hires", null)
                .gave("information", "an article"));
        // Just after midnight in Athens is still last year in UTC: it counts for this year.
        log(encounter()
                .with(ana)
                .at(year + "-01-01T00:30:00+02:00")
                .received("advice", "salary ranges", null)
                .received("introduction", "to Carla", ana));
        log(encounter().with(ana).at((year - 3) + "-06-01T10:00:00Z").received("favor", "moved a couch", null));

        JsonNode l = api.get("/api/v1/people/" + ana + "/ledger").json();
        assertThat(l.get("year").asInt()).isEqualTo(year);
        assertThat(l.get("received").get("allTime").asLong()).isEqualTo(4);
        assertThat(l.get("received").get("thisYear").asLong()).isEqualTo(2);
        assertThat(l.get("gave").get("allTime").asLong()).isEqualTo(1);
        assertThat(l.get("gave").get("thisYear").asLong()).isZero();
        JsonNode advice = line(l, "advice");
        assertThat(advice.get("received").get("allTime").asLong()).isEqualTo(2);
        assertThat(advice.get("received").get("thisYear").asLong()).isEqualTo(1);
        assertThat(advice.get("gave").get("allTime").asLong()).isZero();
        List<String> types = new ArrayList<>();
        l.get("byType").forEach(t -> types.add(t.get("type").asString()));
        assertThat(types).containsExactly("information", "advice", "introduction", "favor");
        // Items are newest first in absolute time: New York's late evening came after Athens' midnight.
        JsonNode newest = l.get("items").get(0);
        assertThat(newest.get("direction").asString()).isEqualTo("gave");
        assertThat(newest.get("occurredAt").asString()).startsWith((year - 1) + "-12-31T23:30");
        assertThat(l.get("items").get(2).get("occurredAt").asString()).startsWith(year + "-01-01T00:30");
        assertThat(l.get("items").size()).isEqualTo(5);
    }

    @Test
    void inAGroupOnlyWhatNamesThePersonCounts() {
        log(encounter()
                .with(ana, bob)
                .received("advice", "unattributed, said by one of them", null)
                .received("referral", "Bob's referral", bob)
                .gave("resource", "the deck"));
        JsonNode anaLedger = api.get("/api/v1/people/" + ana + "/ledger").json();
        assertThat(anaLedger.get("received").get("allTime").asLong()).isZero();
        assertThat(anaLedger.get("gave").get("allTime").asLong()).isZero();
        assertThat(anaLedger.get("items").size()).isZero();
        JsonNode bobLedger = api.get("/api/v1/people/" + bob + "/ledger").json();
        assertThat(bobLedger.get("received").get("allTime").asLong()).isEqualTo(1);
        assertThat(line(bobLedger, "referral").get("received").get("allTime").asLong())
                .isEqualTo(1);
    }

    @Test
    void anotherWorkspacesPeopleAndLedgersAreNotFound() {
        log(encounter().with(ana).received("advice", "private advice", null));
        ApiClient stranger = ApiClient.newMember(port);
        var answer = stranger.get("/api/v1/people/" + ana + "/ledger");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("private advice");
        assertThat(api.get("/api/v1/people/" + UUID.randomUUID() + "/ledger").status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port)
                        .get("/api/v1/people/" + ana + "/ledger")
                        .status())
                .isEqualTo(401);
        // The stranger's own person of the same name has an empty ledger.
        UUID theirs = stranger.post(
                        "/api/v1/people",
                        PersonMother.person().named("Ana Ruiz").build())
                .id();
        assertThat(stranger.get("/api/v1/people/" + theirs + "/ledger")
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    private void log(EncounterMother e) {
        var logged = api.post("/api/v1/encounters", e.build());
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    }

    private static JsonNode line(JsonNode ledger, String type) {
        for (JsonNode l : ledger.get("byType")) {
            if (l.get("type").asString().equals(type)) {
                return l;
            }
        }
        throw new AssertionError("no " + type + " in " + ledger);
    }
}
