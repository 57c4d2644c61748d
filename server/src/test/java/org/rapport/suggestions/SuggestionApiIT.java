package org.rapport.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class SuggestionApiIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void aPersonWithCadenceThirtyLastSeenSixtyDaysAgoIsOverdueWithAReason() {
        UUID dana = person("Dana Long", Map.of("kinds", List.of("personal"), "cadenceDays", 30));
        met(dana, 60);
        JsonNode item = only(api.get("/api/v1/suggestions").json(), dana);
        assertThat(item.get("type").asString()).isEqualTo("overdue");
        assertThat(item.get("displayName").asString()).isEqualTo("Dana Long");
        assertThat(item.get("reason").asString()).startsWith("last talked 60 days ago; you meant every 30 days");
        assertThat(item.get("cadenceDays").asInt()).isEqualTo(30);
        assertThat(item.get("strength").isNull())
                .as("strength only when asked for")
                .isTrue();
        JsonNode strong = only(api.get("/api/v1/suggestions?withStrength=true").json(), dana);
        assertThat(strong.get("strength").isInt()).as(strong.toString()).isTrue();
        assertThat(item.get("since").asString())
                .isEqualTo(ZonedDateTime.now().toLocalDate().minusDays(15).toString());
    }

    @Test
    void dueExactlyAtTheCadenceAndOverdueAtOneAndAHalf() {
        Map<String, Object> monthly = Map.of("cadenceDays", 30);
        UUID d29 = person("Day Twentynine", monthly);
        UUID d30 = person("Day Thirty", monthly);
        UUID d44 = person("Day Fortyfour", monthly);
        UUID d45 = person("Day Fortyfive", monthly);
        met(d29, 29);
        met(d30, 30);
        met(d44, 44);
        met(d45, 45);
        JsonNode items = api.get("/api/v1/suggestions").json().get("items");
        assertThat(typeOf(items, d29)).isNull();
        assertThat(typeOf(items, d30)).isEqualTo("reconnect");
        assertThat(typeOf(items, d44)).isEqualTo("reconnect");
        assertThat(typeOf(items, d45)).isEqualTo("overdue");
    }

    @Test
    void tiersGiveTheCadenceWhenAPersonHasNoneOfTheirOwn() {
        UUID inner = person("Inner Circle", Map.of("closenessTier", "inner_circle"));
        UUID override = person("Own Cadence", Map.of("closenessTier", "inner_circle", "cadenceDays", 60));
        met(inner, 7);
        met(override, 7);
        JsonNode items = api.get("/api/v1/suggestions").json().get("items");
        assertThat(typeOf(items, inner)).isEqualTo("reconnect");
        assertThat(typeOf(items, override)).isNull();
    }

    @Test
    void strongTiesGoneQuietAreDormant() {
        UUID close = person("Close Friend", Map.of("closenessTier", "close", "cadenceDays", 365));
        met(close, 200);
        UUID old = person("Old Colleague", Map.of());
        met(old, 1100);
        met(old, 900);
        met(old, 200);
        UUID brief = person("Brief Acquaintance", Map.of());
        met(brief, 1100);
        met(brief, 200);
        JsonNode items = api.get("/api/v1/suggestions").json().get("items");
        assertThat(typeOf(items, close)).isEqualTo("dormant");
        assertThat(only(api.get("/api/v1/suggestions").json(), close)
                        .get("reason")
                        .asString())
                .contains("you rated them close");
        assertThat(typeOf(items, old)).isEqualTo("dormant");
        assertThat(typeOf(items, brief))
                .as("two encounters are not a long-known tie")
                .isNull();
    }

    @Test
    void somethingReceivedOwesThanksAfterTwoDaysUntilTheThankYouIsDone() {
        UUID ana = person("Ana Ruiz", Map.of());
        UUID fresh = person("Fresh Giver", Map.of());
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .at(daysAgo(3))
                        .received("advice", "how Acme hires", ana)
                        .build());
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(fresh)
                        .at(daysAgo(1))
                        .received("advice", "tips", fresh)
                        .build());
        JsonNode items = api.get("/api/v1/suggestions?type=thank_you").json().get("items");
        assertThat(typeOf(items, fresh)).as("within the two days").isNull();
        JsonNode thanks = only(api.get("/api/v1/suggestions?type=thank_you").json(), ana);
        assertThat(thanks.get("reason").asString())
                .isEqualTo("received advice 3 days ago and have not thanked them yet");
        String followUp = thanks.get("followUpId").asString();
        assertThat(api.patch("/api/v1/follow-ups/" + followUp, Map.of("status", "done"))
                        .status())
                .isEqualTo(200);
        assertThat(typeOf(api.get("/api/v1/suggestions").json().get("items"), ana))
                .isNull();
    }

    @Test
    void peopleWhoGaveMuchMoreThanTheyGotAreWorthGivingBackTo() {
        UUID generous = person("Generous Gail", Map.of());
        UUID even = person("Even Steven", Map.of());
        for (int d : new int[] {20, 15, 10}) {
            api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(generous)
                            .at(daysAgo(d))
                            .received("introduction", "intro", generous)
                            .build());
            api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(even)
                            .at(daysAgo(d))
                            .received("advice", "tips", even)
                            .gave("information", "an article")
                            .build());
        }
        JsonNode items = api.get("/api/v1/suggestions?type=give_back").json().get("items");
        assertThat(typeOf(items, even)).isNull();
        JsonNode item = only(api.get("/api/v1/suggestions?type=give_back").json(), generous);
        assertThat(item.get("reason").asString())
                .isEqualTo("you received 3 (3 introductions) and gave 0: time to give back");
        assertThat(item.get("received").asLong()).isEqualTo(3);
        assertThat(item.get("gave").asLong()).isZero();
    }

    @Test
    void aKindNarrowsToPeopleOfThatKindAndABadOneIsNamed() {
        UUID personal = person("Pat Personal", Map.of("kinds", List.of("personal"), "cadenceDays", 10));
        UUID work = person("Wes Work", Map.of("kinds", List.of("professional"), "cadenceDays", 10));
        met(personal, 20);
        met(work, 20);
        JsonNode items = api.get("/api/v1/suggestions?kind=personal").json().get("items");
        assertThat(typeOf(items, personal)).isEqualTo("overdue");
        assertThat(typeOf(items, work)).isNull();
        var bad = api.get("/api/v1/suggestions?kind=hobby");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("kind");
        assertThat(api.get("/api/v1/suggestions?type=nonsense").errorFields()).containsExactly("type");
    }

    @Test
    void theOrderIsFixedAndTheListIsPaged() {
        for (int i = 0; i < 5; i++) {
            met(person("Person " + i, Map.of("cadenceDays", 10)), 12 + i * 5);
        }
        var first = api.get("/api/v1/suggestions");
        assertThat(first.json().get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/v1/suggestions").body()).isEqualTo(first.body());
        List<String> names = new ArrayList<>();
        first.json().get("items").forEach(i -> names.add(i.get("displayName").asString()));
        // Overdue first (oldest first), then due.
        assertThat(names).containsExactly("Person 4", "Person 3", "Person 2", "Person 1", "Person 0");
        var page = api.get("/api/v1/suggestions?page=1&size=2");
        assertThat(page.json().get("items").get(0).get("displayName").asString())
                .isEqualTo("Person 2");
        assertThat(page.json().get("size").asInt()).isEqualTo(2);
    }

    @Test
    void aSnoozedSuggestionStaysAwayUntilSomethingNewHappens() {
        UUID dana = person("Dana Long", Map.of("cadenceDays", 30));
        met(dana, 60);
        var snoozed = api.post(
                "/api/v1/suggestions/dismissals", Map.of("personId", dana.toString(), "type", "overdue", "days", 7));
        assertThat(snoozed.status()).as(snoozed.body()).isEqualTo(201);
        assertThat(snoozed.text("family")).isEqualTo("keep_in_touch");
        assertThat(snoozed.text("until"))
                .isEqualTo(ZonedDateTime.now().toLocalDate().plusDays(7).toString());
        assertThat(typeOf(api.get("/api/v1/suggestions").json().get("items"), dana))
                .isNull();
        // A new encounter, still long ago enough to be due, is something new: the suggestion is back.
        api.post("/api/v1/encounters", encounter().with(dana).at(daysAgo(31)).build());
        assertThat(typeOf(api.get("/api/v1/suggestions").json().get("items"), dana))
                .as("the encounter was logged after the snooze, but happened before it: still hidden")
                .isNull();
    }

    @Test
    void badDismissalsAreNamedAndAnotherWorkspacesPeopleAreNotFound() {
        UUID dana = person("Dana Long", Map.of("cadenceDays", 30));
        var bad = api.post("/api/v1/suggestions/dismissals", Map.of("personId", dana.toString(), "days", 0));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("type");
        assertThat(api.post(
                                "/api/v1/suggestions/dismissals",
                                Map.of("personId", dana.toString(), "type", "reconnect", "days", 0))
                        .errorFields())
                .containsExactly("days");

        ApiClient stranger = ApiClient.newMember(port);
        met(dana, 60);
        assertThat(stranger.get("/api/v1/suggestions").json().get("total").asLong())
                .isZero();
        assertThat(stranger.post(
                                "/api/v1/suggestions/dismissals",
                                Map.of("personId", dana.toString(), "type", "overdue", "days", 7))
                        .status())
                .isEqualTo(404);
        assertThat(typeOf(api.get("/api/v1/suggestions").json().get("items"), dana))
                .isEqualTo("overdue");
    }

    private UUID person(String name, Map<String, Object> relationship) {
        return api.post(
                        "/api/v1/people",
                        org.rapport.testing.PersonMother.person()
                                .named(name)
                                .with("relationship", relationship)
                                .build())
                .id();
    }

    private void met(UUID who, int daysAgo) {
        var logged = api.post(
                "/api/v1/encounters", encounter().with(who).at(daysAgo(daysAgo)).build());
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
    }

    static String daysAgo(int days) {
        return org.rapport.testing.Days.ago(days);
    }

    private static String typeOf(JsonNode items, UUID person) {
        for (JsonNode i : items) {
            if (i.get("personId").asString().equals(person.toString())) {
                return i.get("type").asString();
            }
        }
        return null;
    }

    private static JsonNode only(JsonNode page, UUID person) {
        List<JsonNode> found = new ArrayList<>();
        page.get("items").forEach(i -> {
            if (i.get("personId").asString().equals(person.toString())) {
                found.add(i);
            }
        });
        assertThat(found).as(page.toString()).hasSize(1);
        return found.get(0);
    }
}
