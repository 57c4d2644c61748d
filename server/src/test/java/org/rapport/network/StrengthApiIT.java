package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.people.TieStrength;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class StrengthApiIT {
    @LocalServerPort
    int port;

    @Autowired
    StrengthService strengths;

    @Autowired
    StrengthEvidenceRepository evidence;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    static String daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).withNano(0).toString();
    }

    UUID create(Map<String, Object> body) {
        var created = api.post("/api/v1/people", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    JsonNode strength(UUID id) {
        return api.get("/api/v1/people/" + id).json().get("relationship").get("strength");
    }

    @Test
    void aFrequentTwoWayTieOutscoresAStrangerAndSaysWhy() {
        UUID ana = create(person().named("Ana Ruiz")
                .withCadence(30, "professional", "personal")
                .build());
        UUID carl = create(person().named("Carl Weak").build());
        for (int d : new int[] {3, 20, 45, 80, 200, 400}) {
            var logged = api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(ana)
                            .at(daysAgo(d))
                            .gave("information", "article")
                            .received("advice", "tips", ana)
                            .build());
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        }

        JsonNode anaStrength = strength(ana);
        JsonNode carlStrength = strength(carl);
        assertThat(anaStrength.get("score").asInt())
                .isGreaterThan(carlStrength.get("score").asInt());
        List<String> reasons = new ArrayList<>();
        anaStrength.get("reasons").forEach(r -> reasons.add(r.asString()));
        assertThat(reasons)
                .contains(
                        "last talked 3 days ago",
                        "4 conversations in 6 months",
                        "known 1 year",
                        "you gave 5 / received 5 in 12 months",
                        "you know each other in 2 ways (personal, professional)");
        assertThat(carlStrength.get("score").asInt()).isZero();
        assertThat(carlStrength.get("reasons").get(0).asString()).isEqualTo("no conversations logged yet");
    }

    @Test
    void theListCarriesStrengthAndSortsByIt() {
        UUID weak = create(person().named("Aaron Weak").build());
        UUID strong = create(person().named("Zoe Strong").build());
        UUID middle = create(person().named("Mia Middle").build());
        api.post("/api/v1/encounters", encounter().with(strong).at(daysAgo(1)).build());
        api.post("/api/v1/encounters", encounter().with(strong).at(daysAgo(30)).build());
        api.post("/api/v1/encounters", encounter().with(middle).at(daysAgo(200)).build());

        var page = api.get("/api/v1/people?sort=strength").json().get("items");
        List<String> order = new ArrayList<>();
        page.forEach(p -> order.add(p.get("id").asString()));
        assertThat(order).containsExactly(strong.toString(), middle.toString(), weak.toString());
        assertThat(page.get(0).get("relationship").get("strength").get("score").asInt())
                .isGreaterThan(page.get(1)
                        .get("relationship")
                        .get("strength")
                        .get("score")
                        .asInt());
    }

    @Test
    void anotherMembersEncountersDoNotCountForMe() {
        UUID ana = create(person().named("Ana").build());
        ApiClient other = ApiClient.newMember(port);
        UUID othersAna =
                other.post("/api/v1/people", person().named("Ana").build()).id();
        other.post(
                "/api/v1/encounters", encounter().with(othersAna).at(daysAgo(1)).build());
        assertThat(strength(ana).get("score").asInt()).isZero();
        assertThat(api.get("/api/v1/people/" + othersAna).status()).isEqualTo(404);
    }

    @Test
    void theStrengthsKeptInMemoryFollowEveryKindOfChange() {
        UUID ana = create(person().named("Ana Kept").build());
        UUID ben = create(person().named("Ben Kept").build());
        UUID cleo = create(person().named("Cleo Kept").build());
        UUID dan = create(person().named("Dan Kept").build());
        api.post("/api/v1/encounters", encounter().with(ana).at(daysAgo(2)).build());
        api.post("/api/v1/encounters", encounter().with(ben).at(daysAgo(100)).build());
        assertThat(sortedByStrength()).startsWith(ana, ben);
        assertKeptEqualsFresh();

        // A new encounter, then one with several people, then one whose people change.
        api.post("/api/v1/encounters", encounter().with(cleo).at(daysAgo(0)).build());
        api.post("/api/v1/encounters", encounter().with(cleo).at(daysAgo(1)).build());
        assertThat(sortedByStrength()).startsWith(cleo, ana, ben);
        var moved = api.post(
                "/api/v1/encounters", encounter().with(dan, ben).at(daysAgo(0)).build());
        assertKeptEqualsFresh();
        var patched = api.patch(
                "/api/v1/encounters/" + moved.id(),
                Map.of("version", moved.version(), "participantIds", List.of(dan.toString())));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertKeptEqualsFresh();

        // Deleting an encounter lowers whom it was with; deleting a person takes them out.
        assertThat(api.delete("/api/v1/encounters/" + moved.id()).status()).isEqualTo(204);
        assertKeptEqualsFresh();
        assertThat(strengthIn(sortedPage(), dan)).isZero();
        assertThat(api.delete("/api/v1/people/" + cleo).status()).isEqualTo(204);
        assertThat(sortedByStrength()).doesNotContain(cleo).startsWith(ana, ben);

        // A closeness the member sets and a connection count too.
        var danNow = api.get("/api/v1/people/" + dan);
        api.patch(
                "/api/v1/people/" + dan,
                Map.of("version", danNow.version(), "relationship", Map.of("closenessTier", "inner_circle")));
        api.post(
                "/api/v1/connections",
                Map.of("personAId", ana.toString(), "personBId", ben.toString(), "type", "friend"));
        UUID eve = create(person().named("Eve Connected").build());
        api.post(
                "/api/v1/connections",
                Map.of("personAId", eve.toString(), "personBId", ana.toString(), "type", "colleague"));
        assertKeptEqualsFresh();
        assertThat(strength(dan).get("score").asInt()).isPositive();
    }

    /**
     * The order is remembered per filter and patched after a write (people.StrengthRanking): after
     * every kind of write, each filter's list sorted by strength equals its list by name ordered
     * afresh by freshly read strengths.
     */
    @Test
    void theListSortedByStrengthAfterEveryKindOfWriteEqualsAnOrderMadeAfresh() {
        UUID ana = create(person().named("Ana Order")
                .withCadence(30, "professional")
                .with("tags", List.of("vip"))
                .build());
        UUID ben =
                create(person().named("Ben Order").withCadence(30, "personal").build());
        UUID cleo = create(person().named("Cleo Order")
                .with("tags", List.of("vip"))
                .with("relationship", Map.of("closenessTier", "close", "kinds", List.of("professional")))
                .build());
        UUID dan = create(person().named("Dan Order").build());
        UUID eve = create(
                person().named("Eve Other").withCadence(14, "professional").build());
        UUID zed = create(person().named("Zed Order").build());
        List<String> filters = List.of(
                "",
                "kind=professional",
                "closenessTier=close",
                "q=order",
                "tag=vip",
                "dueBy=" + java.time.LocalDate.now(ZoneOffset.UTC));
        assertSortedAsAfresh(filters, "before any encounter");

        // Ana and Eve are due: a new encounter takes Ana out of the due list, its deletion puts her back.
        api.post("/api/v1/encounters", encounter().with(ana).at(daysAgo(60)).build());
        api.post("/api/v1/encounters", encounter().with(eve).at(daysAgo(40)).build());
        assertSortedAsAfresh(filters, "after the first encounters");
        var today = api.post(
                "/api/v1/encounters", encounter().with(ana).at(daysAgo(0)).build());
        assertSortedAsAfresh(filters, "after meeting Ana today");
        api.post(
                "/api/v1/encounters", encounter().with(ben, cleo).at(daysAgo(3)).build());
        assertSortedAsAfresh(filters, "after a group encounter");
        assertThat(api.delete("/api/v1/encounters/" + today.id()).status()).isEqualTo(204);
        assertSortedAsAfresh(filters, "after deleting today's encounter");
        var moved = api.post(
                "/api/v1/encounters", encounter().with(dan).at(daysAgo(1)).build());
        api.patch(
                "/api/v1/encounters/" + moved.id(),
                Map.of("version", moved.version(), "participantIds", List.of(zed.toString())));
        assertSortedAsAfresh(filters, "after moving an encounter from Dan to Zed");

        // Connections count; ratings, kinds and names change who matches and where they go by name.
        api.post(
                "/api/v1/connections",
                Map.of("personAId", dan.toString(), "personBId", eve.toString(), "type", "friend"));
        assertSortedAsAfresh(filters, "after a connection");
        var danNow = api.get("/api/v1/people/" + dan);
        api.patch(
                "/api/v1/people/" + dan,
                Map.of(
                        "version",
                        danNow.version(),
                        "relationship",
                        Map.of("closenessTier", "close", "kinds", List.of("professional"))));
        assertSortedAsAfresh(filters, "after rating Dan close");
        var zedNow = api.get("/api/v1/people/" + zed);
        api.patch("/api/v1/people/" + zed, Map.of("version", zedNow.version(), "displayName", "Aaron Order"));
        assertSortedAsAfresh(filters, "after renaming Zed");
        UUID fay =
                create(person().named("Fay Order").with("tags", List.of("vip")).build());
        api.post("/api/v1/encounters", encounter().with(fay).at(daysAgo(2)).build());
        assertSortedAsAfresh(filters, "after adding Fay");
        assertThat(api.delete("/api/v1/people/" + cleo).status()).isEqualTo(204);
        assertSortedAsAfresh(filters, "after deleting Cleo");
    }

    private void assertSortedAsAfresh(List<String> filters, String when) {
        var me = new CurrentMember(new WorkspaceId(api.workspaceId), api.memberId, api.email, "me");
        Instant now = Instant.now();
        Map<UUID, Integer> fresh = new java.util.HashMap<>();
        evidence.load(me, null)
                .forEach((id, e) -> fresh.put(id, StrengthFormula.score(e, now).score()));
        for (String filter : filters) {
            List<UUID> expected = ids("/api/v1/people?size=200&" + filter);
            expected.sort(
                    java.util.Comparator.comparing(id -> -fresh.getOrDefault(id, 0))); // stable: by name among equals
            assertThat(ids("/api/v1/people?sort=strength&size=200&" + filter))
                    .as(when + ", filter " + filter)
                    .isEqualTo(expected);
        }
    }

    private List<UUID> ids(String path) {
        var page = api.get(path);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        page.json()
                .get("items")
                .forEach(p -> ids.add(UUID.fromString(p.get("id").asString())));
        return ids;
    }

    private List<UUID> sortedByStrength() {
        List<UUID> order = new ArrayList<>();
        sortedPage().forEach(p -> order.add(UUID.fromString(p.get("id").asString())));
        return order;
    }

    private JsonNode sortedPage() {
        var page = api.get("/api/v1/people?sort=strength&size=100");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().get("items");
    }

    private static int strengthIn(JsonNode page, UUID person) {
        for (JsonNode p : page) {
            if (p.get("id").asString().equals(person.toString())) {
                return p.get("relationship").get("strength").get("score").asInt();
            }
        }
        throw new AssertionError(person + " is not on the page");
    }

    /** What the member's strengths in memory say equals what a fresh read of the tables says. */
    private void assertKeptEqualsFresh() {
        var me = new CurrentMember(new WorkspaceId(api.workspaceId), api.memberId, api.email, "me");
        Map<UUID, TieStrength.Score> kept = strengths.everyone(me);
        Instant now = Instant.now();
        Map<UUID, Integer> fresh = new java.util.HashMap<>();
        evidence.load(me, null)
                .forEach((id, e) -> fresh.put(id, StrengthFormula.score(e, now).score()));
        Map<UUID, Integer> keptScores = new java.util.HashMap<>();
        kept.forEach((id, score) -> keptScores.put(id, score.score()));
        assertThat(keptScores).isEqualTo(fresh);
        // Read for these people alone, each scores the same as in the whole workspace's read.
        Map<UUID, Integer> direct = new java.util.HashMap<>();
        List<UUID> everybody = new ArrayList<>();
        api.get("/api/v1/people?size=100")
                .json()
                .get("items")
                .forEach(p -> everybody.add(UUID.fromString(p.get("id").asString())));
        evidence.load(me, everybody)
                .forEach((id, e) -> direct.put(id, StrengthFormula.score(e, now).score()));
        assertThat(direct).isEqualTo(fresh);
    }
}
