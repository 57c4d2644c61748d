package org.rapport.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.people.Kind;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Days;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The suggestions kept in memory and brought up to date per changed person answer exactly what a
 * fresh read of every input answers, after every kind of write.
 */
@RapportTest
class SuggestionsKeptInMemoryIT {
    @LocalServerPort
    int port;

    @Autowired
    SuggestionService suggestions;

    ApiClient api;
    CurrentMember me;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
        me = new CurrentMember(new WorkspaceId(api.workspaceId), api.memberId, api.email, "me");
    }

    @Test
    void theSuggestionsKeptInMemoryFollowEveryKindOfChange() {
        UUID ana = create("Ana Kept", Map.of("cadenceDays", 30, "kinds", List.of("professional")));
        UUID ben = create("Ben Kept", Map.of("kinds", List.of("personal")));
        UUID cleo = create("Cleo Kept", Map.of("closenessTier", "close"));
        UUID dan = create("Dan Kept", Map.of("kinds", List.of("professional")));
        UUID eve = create("Eve Kept", Map.of());
        UUID fay = create("Fay Kept", Map.of());
        UUID gus = create("Gus Kept", Map.of("cadenceDays", 10));
        assertKeptEqualsFresh("nothing met yet");

        // Logging: an overdue tie, a dormant close one, a group with an exchange that is nobody's.
        logged(encounter().with(ana).at(Days.ago(60)).build());
        logged(encounter().with(cleo).at(Days.ago(200)).build());
        UUID group = logged(encounter()
                .with(ben, cleo)
                .at(Days.ago(5))
                .received("advice", "tips", null)
                .build());
        assertKeptEqualsFresh("after logging");

        // Taking someone out of an encounter: the exchange now belongs to the one left.
        var current = api.get("/api/v1/encounters/" + group);
        var patched = api.patch(
                "/api/v1/encounters/" + group,
                Map.of("version", current.version(), "participantIds", List.of(ben.toString())));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertKeptEqualsFresh("after editing the participants");
        assertThat(typeOf(ben)).contains(SuggestionType.THANK_YOU);

        // Receiving: thanks owed, giving back due, and someone never met named by an exchange.
        List<UUID> withDan = new java.util.ArrayList<>();
        for (int d : new int[] {9, 7, 4}) {
            withDan.add(logged(encounter()
                    .with(dan)
                    .at(Days.ago(d))
                    .received("introduction", "intro", dan)
                    .received("advice", "from a friend of Dan", eve)
                    .build()));
        }
        assertKeptEqualsFresh("after receiving");
        assertThat(typeOf(eve)).contains(SuggestionType.THANK_YOU, SuggestionType.GIVE_BACK);

        // Completing a thank-you settles it.
        UUID followUp = suggestions.all(me, null).stream()
                .filter(s -> s.personId().equals(dan) && s.type() == SuggestionType.THANK_YOU)
                .findFirst()
                .orElseThrow()
                .followUpId();
        assertThat(api.patch("/api/v1/follow-ups/" + followUp, Map.of("status", "done"))
                        .status())
                .isEqualTo(200);
        assertKeptEqualsFresh("after a thank-you");
        assertThat(typeOf(dan)).doesNotContain(SuggestionType.THANK_YOU);

        // A snooze, then deleting an encounter.
        var snoozed = api.post(
                "/api/v1/suggestions/dismissals", Map.of("personId", ana.toString(), "type", "overdue", "days", 7));
        assertThat(snoozed.status()).as(snoozed.body()).isEqualTo(201);
        assertKeptEqualsFresh("after a snooze");
        assertThat(typeOf(ana)).isEmpty();
        assertThat(api.delete("/api/v1/encounters/" + group).status()).isEqualTo(204);
        assertKeptEqualsFresh("after deleting an encounter");
        // Eve was never a participant: only what is held says the deleted encounter concerned her.
        assertThat(api.delete("/api/v1/encounters/" + withDan.get(0)).status()).isEqualTo(204);
        assertKeptEqualsFresh("after deleting an encounter that named someone never met");
        assertThat(typeOf(eve)).doesNotContain(SuggestionType.GIVE_BACK);

        // Rating closeness turns a quiet tie dormant; new defaults move every cadence.
        logged(encounter().with(gus).at(Days.ago(300)).build());
        assertKeptEqualsFresh("after meeting Gus long ago");
        var gusNow = api.get("/api/v1/people/" + gus);
        assertThat(api.patch(
                                "/api/v1/people/" + gus,
                                Map.of(
                                        "version",
                                        gusNow.version(),
                                        "relationship",
                                        Map.of("closenessTier", "inner_circle")))
                        .status())
                .isEqualTo(200);
        assertKeptEqualsFresh("after rating closeness");
        assertThat(typeOf(gus)).containsExactly(SuggestionType.DORMANT);
        var defaults = api.send(
                "PUT",
                "/api/v1/settings/cadence",
                "{\"kinds\":{\"personal\":3}}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json");
        assertThat(defaults.status()).as(defaults.body()).isEqualTo(200);
        assertKeptEqualsFresh("after new cadence defaults");

        // Deleting a person: they go, and an unnamed exchange of an encounter they shared now
        // belongs to the one left in it.
        logged(encounter()
                .with(fay, gus)
                .at(Days.ago(3))
                .received("favor", "a lift", null)
                .build());
        assertKeptEqualsFresh("after a shared favour");
        assertThat(api.delete("/api/v1/people/" + fay).status()).isEqualTo(204);
        assertKeptEqualsFresh("after deleting Fay");
        assertThat(typeOf(gus)).contains(SuggestionType.THANK_YOU);
        assertThat(api.delete("/api/v1/people/" + eve).status()).isEqualTo(204);
        assertKeptEqualsFresh("after deleting Eve");
        assertThat(typeOf(eve)).isEmpty();
    }

    /**
     * After a write the remembered answers are patched for the people it touched rather than
     * computed again (MemberSuggestions.patchAnswers): a long run of mixed writes, each followed by
     * the kept answers (for every kind) against a fresh read.
     */
    @Test
    void aLongRunOfMixedWritesLeavesEveryKeptAnswerAsAFreshReadHasIt() {
        var random = new java.util.Random(17);
        List<UUID> people = new java.util.ArrayList<>();
        String[] kinds = {"professional", "personal"};
        for (int i = 0; i < 12; i++) {
            people.add(create(
                    "Mixed " + (char) ('A' + i),
                    i % 3 == 0
                            ? Map.of("cadenceDays", 20 + i, "kinds", List.of(kinds[i % 2]))
                            : Map.of("kinds", List.of(kinds[i % 2]))));
        }
        List<UUID> encounters = new java.util.ArrayList<>();
        assertKeptEqualsFresh("before any encounter");
        for (int step = 0; step < 40; step++) {
            UUID who = people.get(random.nextInt(people.size()));
            UUID other = people.get(random.nextInt(people.size()));
            int action = encounters.isEmpty() ? 0 : random.nextInt(6);
            String what;
            switch (action) {
                case 0, 1, 2 -> {
                    var e = encounter().at(Days.ago(random.nextInt(400)));
                    e = random.nextBoolean() ? e.with(who) : e.with(who, other);
                    if (random.nextBoolean()) {
                        e = e.received("advice", "tips", random.nextBoolean() ? who : null);
                    }
                    if (random.nextInt(3) == 0) {
                        e = e.gave("information", "a link");
                    }
                    encounters.add(logged(e.build()));
                    what = "logging";
                }
                case 3 -> {
                    UUID id = encounters.get(random.nextInt(encounters.size()));
                    var current = api.get("/api/v1/encounters/" + id);
                    var patched = api.patch(
                            "/api/v1/encounters/" + id,
                            Map.of("version", current.version(), "participantIds", List.of(other.toString())));
                    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
                    what = "moving an encounter to someone else";
                }
                case 4 -> {
                    UUID id = encounters.remove(random.nextInt(encounters.size()));
                    assertThat(api.delete("/api/v1/encounters/" + id).status()).isEqualTo(204);
                    what = "deleting an encounter";
                }
                default -> {
                    var person = api.get("/api/v1/people/" + who);
                    String tier = random.nextBoolean() ? "inner_circle" : "regular";
                    assertThat(api.patch(
                                            "/api/v1/people/" + who,
                                            Map.of(
                                                    "version",
                                                    person.version(),
                                                    "relationship",
                                                    Map.of("closenessTier", tier)))
                                    .status())
                            .isEqualTo(200);
                    what = "rating closeness";
                }
            }
            assertKeptEqualsFresh("step " + step + ", after " + what);
        }
    }

    @Test
    void anotherMembersWritesLeaveTheSuggestionsAsAFreshReadHasThem() {
        UUID ana = create("Ana Mine", Map.of("cadenceDays", 30));
        logged(encounter().with(ana).at(Days.ago(45)).build());
        assertKeptEqualsFresh("mine");
        ApiClient other = ApiClient.newMember(port);
        UUID theirs =
                other.post("/api/v1/people", person().named("Not Mine").build()).id();
        other.post(
                "/api/v1/encounters", encounter().with(theirs).at(Days.ago(90)).build());
        assertKeptEqualsFresh("after another workspace wrote");
        assertThat(suggestions.all(me, null)).extracting(Suggestion::personId).containsExactly(ana);
    }

    private UUID create(String name, Map<String, Object> relationship) {
        var created = api.post(
                "/api/v1/people",
                person().named(name).with("relationship", relationship).build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    private UUID logged(Map<String, Object> body) {
        var logged = api.post("/api/v1/encounters", body);
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.id();
    }

    private List<SuggestionType> typeOf(UUID person) {
        return suggestions.all(me, null).stream()
                .filter(s -> s.personId().equals(person))
                .map(Suggestion::type)
                .toList();
    }

    /** What the member's suggestions in memory say equals what a fresh read says, for every kind too. */
    private void assertKeptEqualsFresh(String when) {
        assertThat(suggestions.all(me, null)).as(when).isEqualTo(suggestions.computedAfresh(me, null));
        for (Kind kind : List.of(Kind.PROFESSIONAL, Kind.PERSONAL)) {
            assertThat(suggestions.all(me, kind))
                    .as(when + ", " + kind)
                    .isEqualTo(suggestions.computedAfresh(me, kind));
        }
    }
}
