package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
class IntroductionPathApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    UUID ana;
    UUID bob;
    UUID carl;

    @BeforeEach
    void anaKnowsBobFromGlobex() {
        api = ApiClient.newMember(port);
        ana = created(person().named("Ana Ruiz")
                .with("roles", List.of(role("Globex", "2020-01-01", "2024-06-30")))
                .withCadence(30, "professional", "personal"));
        bob = created(person().named("Bob Stone")
                .with(
                        "roles",
                        List.of(
                                role("Globex", "2021-01-01", "2023-12-31"),
                                role("Acme Robotics", "2024-01-01", null))));
        carl = created(person().named("Carl Weak").with("roles", List.of(role("Acme Robotics", "2025-01-01", null))));
        know(ana);
    }

    @Test
    void anaLeadsToBobAtAcmeRoboticsThroughTheirYearsAtGlobex() {
        var paths = paths("toOrganization=Acme%20Robotics");
        assertThat(people(paths)).contains(List.of(ana, bob));
        JsonNode viaAna = pathTo(paths, List.of(ana, bob));
        JsonNode tie = viaAna.get("hops").get(1);
        assertThat(tie.get("from").get("id").asString()).isEqualTo(ana.toString());
        assertThat(tie.get("to").get("displayName").asString()).isEqualTo("Bob Stone");
        assertThat(tie.get("context").asString()).isEqualTo("worked together at Globex 2021–2023");
        assertThat(tie.get("strength").asDouble()).isCloseTo(0.6, within(0.005));
        JsonNode first = viaAna.get("hops").get(0);
        assertThat(first.get("from").get("id").isNull()).isTrue();
        assertThat(first.get("lastContactAt").isNull()).isFalse();
        double expected = first.get("strength").asDouble() * tie.get("strength").asDouble() * 0.8;
        assertThat(viaAna.get("strength").asDouble()).isCloseTo(expected, within(0.001));
        assertThat(viaAna.get("weakestLink").get("strength").asDouble())
                .isEqualTo(Math.min(
                        first.get("strength").asDouble(), tie.get("strength").asDouble()));

        // The organization's name ignores case and accents, and its id works too.
        assertThat(people(paths("toOrganization=%C3%A0cme%20ROBOTICS"))).isEqualTo(people(paths));
        UUID acme = UUID.fromString(api.get("/api/v1/people/" + bob)
                .json()
                .get("roles")
                .get(1)
                .get("organizationId")
                .asString());
        assertThat(people(paths("toOrganization=" + acme))).isEqualTo(people(paths));
        assertThat(people(paths("toPerson=" + bob))).contains(List.of(ana, bob));
    }

    @Test
    void aStrengthSetOnAConnectionWinsOverWhatIsInferred() {
        var weak = api.post(
                "/api/v1/connections",
                Map.of("personAId", ana.toString(), "personBId", bob.toString(), "type", "colleague", "strength", 0.2));
        assertThat(weak.status()).isEqualTo(201);
        JsonNode tie =
                pathTo(paths("toPerson=" + bob), List.of(ana, bob)).get("hops").get(1);
        assertThat(tie.get("strength").asDouble()).isCloseTo(0.2, within(0.0001));
        assertThat(tie.get("context").asString()).isEqualTo("connected as colleague, strength set to 20%");

        assertThat(api.delete("/api/v1/connections/" + weak.id()).status()).isEqualTo(204);
        tie = pathTo(paths("toPerson=" + bob), List.of(ana, bob)).get("hops").get(1);
        assertThat(tie.get("strength").asDouble()).isCloseTo(0.6, within(0.005));

        api.post(
                "/api/v1/connections",
                Map.of("personAId", bob.toString(), "personBId", ana.toString(), "type", "friend"));
        tie = pathTo(paths("toPerson=" + bob), List.of(ana, bob)).get("hops").get(1);
        assertThat(tie.get("strength").asDouble()).isCloseTo(0.7, within(0.0001));
        assertThat(tie.get("context").asString()).isEqualTo("connected as friend");
    }

    @Test
    void aNewConnectionIsUsableWithinASecond() {
        UUID eve = created(person().named("Eve Far"));
        assertThat(paths("toPerson=" + eve)).isEmpty();
        long started = System.nanoTime();
        var made = api.post(
                "/api/v1/connections",
                Map.of("personAId", eve.toString(), "personBId", ana.toString(), "strength", 0.9));
        assertThat(made.status()).isEqualTo(201);
        List<List<UUID>> found = List.of();
        while (found.isEmpty() && System.nanoTime() - started < 1_000_000_000L) {
            found = people(paths("toPerson=" + eve));
        }
        assertThat(found).containsExactly(List.of(ana, eve));
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1000);

        // Deleting a person takes them out of every path.
        api.delete("/api/v1/people/" + ana);
        assertThat(paths("toPerson=" + eve)).isEmpty();
    }

    @Test
    void pathsHaveAtMostThreeTies() {
        UUID x1 = created(person().named("X One"));
        UUID x2 = created(person().named("X Two"));
        UUID x3 = created(person().named("X Three"));
        connect(ana, x1, 0.9);
        connect(x1, x2, 0.9);
        connect(x2, x3, 0.9);
        assertThat(people(paths("toPerson=" + x2))).containsExactly(List.of(ana, x1, x2));
        assertThat(paths("toPerson=" + x3)).isEmpty();
        assertThat(paths("toPerson=" + x2 + "&maxHops=2")).isEmpty();
        assertThat(people(paths("toPerson=" + x1 + "&maxHops=2"))).containsExactly(List.of(ana, x1));
    }

    @Test
    void theFiveBestPathsComeBestFirstWithTheirWeakestLink() {
        UUID target = created(person().named("Tess Target"));
        List<UUID> middle = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            UUID m = created(person().named("Middle " + i));
            connect(ana, m, 0.3 + 0.1 * i);
            connect(m, target, 0.95);
            middle.add(m);
        }
        var paths = paths("toPerson=" + target);
        assertThat(paths).hasSize(5);
        List<Double> strengths = new ArrayList<>();
        paths.forEach(p -> strengths.add(p.get("strength").asDouble()));
        assertThat(strengths).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(people(paths).get(0)).containsExactly(ana, middle.get(6), target);
        assertThat(people(paths).get(4)).containsExactly(ana, middle.get(2), target);
        JsonNode weakest = paths.get(4).get("weakestLink");
        assertThat(weakest.get("from").get("id").asString()).isEqualTo(ana.toString());
        assertThat(weakest.get("to").get("id").asString())
                .isEqualTo(middle.get(2).toString());
        assertThat(weakest.get("strength").asDouble()).isCloseTo(0.5, within(0.0001));
        assertThat(paths("toPerson=" + target + "&limit=2")).hasSize(2);
    }

    @Test
    void introductionsAndEventsTieTheirPeople() {
        UUID fay = created(person().named("Fay Intro").with("howWeMet", Map.of("introducedById", ana.toString())));
        JsonNode viaAna = pathTo(paths("toPerson=" + fay), List.of(ana, fay));
        assertThat(viaAna.get("hops").get(1).get("context").asString()).isEqualTo("Ana Ruiz introduced Fay Intro");
        assertThat(viaAna.get("hops").get(1).get("strength").asDouble()).isCloseTo(0.5, within(0.0001));

        UUID gus = created(person().named("Gus Event"));
        var met = api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana, gus)
                        .set("channel", "event")
                        .set("title", "PyData 2026")
                        .at(daysAgo(5))
                        .build());
        assertThat(met.status()).as(met.body()).isEqualTo(201);
        JsonNode atEvent = pathTo(paths("toPerson=" + gus), List.of(ana, gus));
        assertThat(atEvent.get("hops").get(1).get("context").asString()).isEqualTo("both at PyData 2026");
        assertThat(atEvent.get("hops").get(1).get("strength").asDouble()).isCloseTo(0.15, within(0.0001));

        assertThat(api.delete("/api/v1/encounters/" + met.id()).status()).isEqualTo(204);
        assertThat(people(paths("toPerson=" + gus))).doesNotContain(List.of(ana, gus));
    }

    @Test
    void aRenamedPersonAndAnEditedEventAreDescribedInTheNextAnswer() {
        UUID gus = created(person().named("Gus Event"));
        var older = api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana, gus)
                        .set("channel", "event")
                        .set("title", "PyData")
                        .at(daysAgo(300))
                        .build());
        assertThat(older.status()).as(older.body()).isEqualTo(201);
        JsonNode tie =
                pathTo(paths("toPerson=" + gus), List.of(ana, gus)).get("hops").get(1);
        assertThat(tie.get("context").asString()).isEqualTo("both at PyData " + yearDaysAgo(300));
        assertThat(tie.get("to").get("displayName").asString()).isEqualTo("Gus Event");

        // A rename shows in the very next answer, in the names and in the contexts that name people.
        var renamed = api.patch("/api/v1/people/" + gus, Map.of("displayName", "Gus Renamed", "version", 1));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        tie = pathTo(paths("toPerson=" + gus), List.of(ana, gus)).get("hops").get(1);
        assertThat(tie.get("to").get("displayName").asString()).isEqualTo("Gus Renamed");

        // The most recent event the two shared names the tie; an edited title shows at once.
        var newer = api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana, gus)
                        .set("channel", "event")
                        .set("title", "JSConf")
                        .at(daysAgo(10))
                        .build());
        assertThat(newer.status()).as(newer.body()).isEqualTo(201);
        tie = pathTo(paths("toPerson=" + gus), List.of(ana, gus)).get("hops").get(1);
        assertThat(tie.get("context").asString())
                .isEqualTo("both at JSConf "
                        + OffsetDateTime.now(ZoneOffset.UTC).minusDays(10).getYear());
        assertThat(api.patch("/api/v1/encounters/" + newer.id(), Map.of("title", "JSConf EU 2026", "version", 1))
                        .status())
                .isEqualTo(200);
        tie = pathTo(paths("toPerson=" + gus), List.of(ana, gus)).get("hops").get(1);
        assertThat(tie.get("context").asString()).isEqualTo("both at JSConf EU 2026");

        // Gus leaves the newer event: the older one names the tie again.
        assertThat(api.patch(
                                "/api/v1/encounters/" + newer.id(),
                                Map.of("participantIds", List.of(ana.toString()), "version", 2))
                        .status())
                .isEqualTo(200);
        tie = pathTo(paths("toPerson=" + gus), List.of(ana, gus)).get("hops").get(1);
        assertThat(tie.get("context").asString()).isEqualTo("both at PyData " + yearDaysAgo(300));
    }

    @Test
    void someoneAtManyEventsIsDescribedByTheEventTheyShared() {
        // Hal was at many events without Ana; the one they shared names their tie.
        UUID hal = created(person().named("Hal Hub"));
        UUID ida = created(person().named("Ida Else"));
        for (int i = 0; i < 30; i++) {
            api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(hal, ida)
                            .set("channel", "event")
                            .set("title", "Meetup " + i + " 2026")
                            .at(daysAgo(1 + i))
                            .build());
        }
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana, hal)
                        .set("channel", "event")
                        .set("title", "DevDays 2026")
                        .at(daysAgo(100))
                        .build());
        JsonNode path = pathTo(paths("toPerson=" + hal), List.of(ana, hal));
        assertThat(path.get("hops").get(1).get("context").asString()).isEqualTo("both at DevDays 2026");
        path = pathTo(paths("toPerson=" + ida), List.of(ana, hal, ida));
        assertThat(path.get("hops").get(1).get("context").asString()).isEqualTo("both at DevDays 2026");
        assertThat(path.get("hops").get(2).get("context").asString()).isEqualTo("both at Meetup 0 2026");
        assertThat(path.get("hops").get(2).get("from").get("displayName").asString())
                .isEqualTo("Hal Hub");
    }

    @Test
    void deletingAnOrganizationTakesOutTheTiesItMade() throws InterruptedException {
        assertThat(people(paths("toPerson=" + carl))).contains(List.of(ana, bob, carl));
        // Read again by the request itself...
        assertThat(api.delete("/api/v1/organizations/" + organizationOf(carl, 0))
                        .status())
                .isEqualTo(204);
        assertThat(people(paths("toPerson=" + carl))).isEmpty();

        // ...or unloaded by the change stream's background read, and read again by the next request.
        UUID globex = organizationOf(ana, 0);
        assertThat(api.delete("/api/v1/organizations/" + globex).status()).isEqualTo(204);
        Thread.sleep(600); // three background reads
        assertThat(people(paths("toPerson=" + bob))).isEmpty();
    }

    private UUID organizationOf(UUID person, int role) {
        return UUID.fromString(api.get("/api/v1/people/" + person)
                .json()
                .get("roles")
                .get(role)
                .get("organizationId")
                .asString());
    }

    @Test
    void aNewConnectionIsInTheNextAnswer() {
        UUID jo = created(person().named("Jo Next"));
        assertThat(paths("toPerson=" + jo)).isEmpty();
        connect(ana, jo, 0.9);
        JsonNode tie =
                pathTo(paths("toPerson=" + jo), List.of(ana, jo)).get("hops").get(1);
        assertThat(tie.get("context").asString()).isEqualTo("connected as knows, strength set to 90%");
    }

    @Test
    void teammatesShareWhoKnowsWhomButEachStartsFromTheirOwnRelationships() {
        // The teammate joins the way a team does: invited by the first member, signed up through the link.
        ApiClient teammate = api.invite("editor");
        assertThat(teammate.workspaceId).isEqualTo(api.workspaceId);

        // The teammate does not know Ana yet: the ties the first member entered lead nowhere for them.
        assertThat(people(paths(teammate, "toPerson=" + bob))).doesNotContain(List.of(ana, bob));
        UUID dana = teammate.post("/api/v1/people", person().named("Dana Team").build())
                .id();
        teammate.post(
                "/api/v1/connections",
                Map.of("personAId", dana.toString(), "personBId", bob.toString(), "strength", 0.8));
        for (int days : new int[] {1, 20, 60}) {
            teammate.post(
                    "/api/v1/encounters",
                    encounter().with(dana).at(daysAgo(days)).build());
        }
        // The teammate reaches Bob through their own Dana; the first member through Ana, and also
        // through the teammate's connection Dana – Bob once they know Dana (connections are shared).
        assertThat(people(paths(teammate, "toPerson=" + bob))).contains(List.of(dana, bob));
        assertThat(people(paths(teammate, "toPerson=" + bob))).doesNotContain(List.of(ana, bob));
        assertThat(people(paths("toPerson=" + bob))).contains(List.of(ana, bob)).doesNotContain(List.of(dana, bob));
        know(dana);
        assertThat(people(paths("toPerson=" + bob))).contains(List.of(ana, bob), List.of(dana, bob));
    }

    @Test
    void anotherWorkspacesPeopleAndOrganizationsAreNotFound() {
        ApiClient stranger = ApiClient.newMember(port);
        assertThat(stranger.get("/api/v1/network/paths?toPerson=" + bob).status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/network/paths?toOrganization=Acme%20Robotics")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/network/paths?toPerson=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputNamesTheParameter() {
        assertThat(api.get("/api/v1/network/paths").errorFields()).containsExactly("toPerson");
        assertThat(api.get("/api/v1/network/paths?toPerson=" + bob + "&toOrganization=Acme")
                        .errorFields())
                .containsExactly("toOrganization");
        assertThat(api.get("/api/v1/network/paths?toPerson=bob").errorFields()).containsExactly("toPerson");
        assertThat(api.get("/api/v1/network/paths?toPerson=" + bob + "&limit=9&maxHops=0")
                        .errorFields())
                .containsExactlyInAnyOrder("limit", "maxHops");
        var bad = api.get("/api/v1/network/paths?toPerson=bob");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
    }

    private UUID created(org.rapport.testing.PersonMother person) {
        var response = api.post("/api/v1/people", person.build());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.id();
    }

    private void know(UUID who) {
        for (int days : new int[] {2, 15, 40, 90}) {
            var logged = api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(who)
                            .at(daysAgo(days))
                            .gave("information", "an article")
                            .build());
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        }
    }

    private void connect(UUID a, UUID b, double strength) {
        var made = api.post(
                "/api/v1/connections",
                Map.of("personAId", a.toString(), "personBId", b.toString(), "strength", strength));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
    }

    private static String daysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).withNano(0).toString();
    }

    private static int yearDaysAgo(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(days).getYear();
    }

    private static Map<String, Object> role(String organization, String start, String end) {
        var role = new java.util.LinkedHashMap<String, Object>();
        role.put("organization", organization);
        role.put("title", "Engineer");
        role.put("start", start);
        role.put("end", end);
        return role;
    }

    private List<JsonNode> paths(String query) {
        return paths(api, query);
    }

    private static List<JsonNode> paths(ApiClient api, String query) {
        var response = api.get("/api/v1/network/paths?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> paths = new ArrayList<>();
        response.json().get("paths").forEach(paths::add);
        return paths;
    }

    private static List<List<UUID>> people(List<JsonNode> paths) {
        List<List<UUID>> all = new ArrayList<>();
        for (JsonNode p : paths) {
            List<UUID> ids = new ArrayList<>();
            p.get("people").forEach(x -> ids.add(UUID.fromString(x.get("id").asString())));
            all.add(ids);
        }
        return all;
    }

    private static JsonNode pathTo(List<JsonNode> paths, List<UUID> people) {
        for (JsonNode p : paths) {
            if (people(List.of(p)).get(0).equals(people)) {
                return p;
            }
        }
        throw new AssertionError("no path " + people + " in " + paths);
    }
}
