package org.rapport.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.encounters.ContactHistory;
import org.rapport.encounters.ExchangeTally;
import org.rapport.encounters.ExchangeType;
import org.rapport.followups.ThankYous;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;
import org.rapport.people.Tie;

class SuggestionOrderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final SuggestionRules RULES = new SuggestionRules(TODAY, NOW, ZoneOffset.UTC);

    @Test
    void aListPatchedForAFewPeopleEqualsTheListSortedAfresh() {
        var random = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<UUID> people = people(random, 300);
            List<Suggestion> before = sorted(suggestionsOf(random, people));
            // Few changed people (put in place one by one) and many (merged), both against a sort.
            int changed = round % 2 == 0 ? 1 + random.nextInt(5) : 40 + random.nextInt(100);
            Set<UUID> moved = new HashSet<>(people.subList(0, changed));
            moved.add(UUID.randomUUID()); // someone new, with no suggestion before
            List<Suggestion> theirs = sorted(suggestionsOf(random, List.copyOf(moved)));

            List<Suggestion> fresh = new ArrayList<>(theirs);
            before.stream().filter(s -> !moved.contains(s.personId())).forEach(fresh::add);
            assertThat(SuggestionOrder.replaced(before, moved, theirs)).isEqualTo(sorted(fresh));
        }
    }

    @Test
    void nobodyChangedLeavesTheListAsItWas() {
        List<Suggestion> before = sorted(suggestionsOf(new Random(1), people(new Random(2), 50)));
        assertThat(SuggestionOrder.replaced(before, Set.of(), List.of())).isEqualTo(before);
    }

    /**
     * What the patch relies on: the rules treat each person on their own, so the rules run for some
     * people give exactly those people's part of the whole answer.
     */
    @Test
    void theRulesForSomePeopleAloneGiveTheirPartOfTheWholeAnswer() {
        var random = new Random(8);
        Set<SuggestionType> seen = new HashSet<>();
        for (int round = 0; round < 50; round++) {
            List<Tie> ties = new ArrayList<>();
            Map<UUID, ContactHistory> histories = new HashMap<>();
            List<ExchangeTally> exchanges = new ArrayList<>();
            Map<UUID, ThankYous.Thanks> thanks = new HashMap<>();
            Map<UUID, String> untied = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                UUID id = UUID.randomUUID();
                int lastDays = random.nextInt(400);
                if (random.nextInt(5) > 0) {
                    Integer cadence = random.nextBoolean() ? null : 7 + random.nextInt(90);
                    LocalDate last = TODAY.minusDays(lastDays);
                    ties.add(new Tie(
                            id,
                            "Person " + random.nextInt(30),
                            random.nextBoolean() ? Set.of(Kind.PROFESSIONAL) : Set.of(Kind.PERSONAL),
                            ClosenessTier.values()[random.nextInt(ClosenessTier.values().length)],
                            cadence,
                            OffsetDateTime.of(last.atTime(10, 0), ZoneOffset.UTC),
                            cadence == null ? null : last.plusDays(cadence)));
                } else {
                    untied.put(id, "Never Met " + i);
                }
                histories.put(
                        id,
                        new ContactHistory(
                                id,
                                1 + random.nextInt(6),
                                NOW.minusSeconds(86_400L * (lastDays + random.nextInt(1200)))));
                for (int x = random.nextInt(4); x > 0; x--) {
                    exchanges.add(new ExchangeTally(
                            id,
                            random.nextBoolean(),
                            ExchangeType.values()[random.nextInt(ExchangeType.values().length)],
                            1 + random.nextInt(5),
                            1,
                            NOW.minusSeconds(random.nextInt(120 * 86_400))));
                }
                if (random.nextInt(4) == 0) {
                    thanks.put(id, new ThankYous.Thanks(id, NOW.minusSeconds(random.nextInt(30 * 86_400)), null));
                }
            }
            Set<UUID> some = new HashSet<>();
            ties.stream().limit(1 + random.nextInt(20)).forEach(t -> some.add(t.personId()));
            untied.keySet().stream().limit(3).forEach(some::add);

            var whole =
                    RULES.suggest(new SuggestionRules.Inputs(ties, histories, exchanges, thanks, false), untied::get);
            var theirs = RULES.suggest(
                    new SuggestionRules.Inputs(
                            ties.stream()
                                    .filter(t -> some.contains(t.personId()))
                                    .toList(),
                            histories,
                            exchanges.stream()
                                    .filter(t -> some.contains(t.personId()))
                                    .toList(),
                            thanks,
                            false),
                    untied::get);
            whole.forEach(w -> seen.add(w.type()));
            assertThat(theirs)
                    .isEqualTo(whole.stream()
                            .filter(s -> some.contains(s.personId()))
                            .toList());
        }
        assertThat(seen).as("every rule had its say").containsExactlyInAnyOrder(SuggestionType.values());
    }

    private static List<UUID> people(Random random, int n) {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(new UUID(random.nextLong(), random.nextLong()));
        }
        return people;
    }

    /** Up to one suggestion of each type per person, with few distinct days and names so ties are frequent. */
    private static List<Suggestion> suggestionsOf(Random random, List<UUID> people) {
        String[] names = {"ana", "Ana", "Ben", "ben", "Cleo", "Émile"};
        List<Suggestion> all = new ArrayList<>();
        for (UUID person : people) {
            String name = names[random.nextInt(names.length)];
            Map<SuggestionType, Boolean> types = new EnumMap<>(SuggestionType.class);
            for (SuggestionType type : SuggestionType.values()) {
                if (random.nextInt(3) == 0) {
                    types.put(type, true);
                }
            }
            for (SuggestionType type : types.keySet()) {
                LocalDate since = TODAY.minusDays(random.nextInt(4));
                all.add(new Suggestion(
                        type,
                        person,
                        name,
                        "why",
                        since,
                        since.atStartOfDay().toInstant(ZoneOffset.UTC),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
        }
        return all;
    }

    private static List<Suggestion> sorted(List<Suggestion> suggestions) {
        List<Suggestion> sorted = new ArrayList<>(suggestions);
        sorted.sort(SuggestionOrder.ORDER);
        return sorted;
    }
}
