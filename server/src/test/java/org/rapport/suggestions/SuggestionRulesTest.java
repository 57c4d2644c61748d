package org.rapport.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rapport.encounters.ContactHistory;
import org.rapport.encounters.ExchangeTally;
import org.rapport.encounters.ExchangeType;
import org.rapport.followups.ThankYous;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;
import org.rapport.people.Tie;

class SuggestionRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final SuggestionRules RULES = new SuggestionRules(TODAY, NOW, ZoneOffset.UTC);

    @Test
    void sixtyDaysSinceTheLastTalkWithACadenceOfThirtyIsOverdueAndSaysSo() {
        List<Suggestion> s = suggest(List.of(tie("Dana", null, 30, 60)), Map.of(), List.of(), Map.of());
        assertThat(s).singleElement().satisfies(d -> {
            assertThat(d.type()).isEqualTo(SuggestionType.OVERDUE);
            assertThat(d.reason()).startsWith("last talked 60 days ago; you meant every 30 days");
            assertThat(d.since()).isEqualTo(TODAY.minusDays(15));
        });
    }

    @Test
    void dueAtTheCadenceOverdueAtOneAndAHalf() {
        assertThat(types(tie("A", null, 30, 29))).isEmpty();
        assertThat(types(tie("A", null, 30, 30))).containsExactly(SuggestionType.RECONNECT);
        assertThat(types(tie("A", null, 30, 44))).containsExactly(SuggestionType.RECONNECT);
        assertThat(types(tie("A", null, 30, 45))).containsExactly(SuggestionType.OVERDUE);
        assertThat(types(tie("A", null, null, 400)))
                .as("no cadence, not strong")
                .isEmpty();
    }

    @Test
    void aTieRatedCloseIsDormantAfterHalfAYearWhateverItsCadence() {
        assertThat(types(tie("C", ClosenessTier.CLOSE, 365, 179))).isEmpty();
        Suggestion dormant = suggest(List.of(tie("C", ClosenessTier.CLOSE, 365, 180)), Map.of(), List.of(), Map.of())
                .get(0);
        assertThat(dormant.type()).isEqualTo(SuggestionType.DORMANT);
        assertThat(dormant.reason()).contains("you rated them close").contains("last talked 180 days ago");
        assertThat(types(tie("R", ClosenessTier.REGULAR, 365, 200))).isEmpty();
    }

    @Test
    void aTieKnownTwoYearsWithThreeEncountersIsDormantTooButNotAShorterOrThinnerOne() {
        Tie old = tie("Old", null, null, 200);
        assertThat(types(old, history(old, 3, 730))).containsExactly(SuggestionType.DORMANT);
        assertThat(types(old, history(old, 3, 729))).isEmpty();
        assertThat(types(old, history(old, 2, 900))).isEmpty();
        Suggestion s = suggest(List.of(old), Map.of(old.personId(), history(old, 4, 1200)), List.of(), Map.of())
                .get(0);
        assertThat(s.reason()).startsWith("known since 2023 (4 encounters), but last talked 200 days ago");
    }

    @Test
    void somethingReceivedOwesAThankYouAfterTwoDaysUnlessThanksWereSettledSince() {
        Tie ana = tie("Ana", null, null, 1);
        Instant justOverTwoDays = NOW.minusSeconds(2 * 86_400 + 60);
        Instant justUnder = NOW.minusSeconds(2 * 86_400 - 60);
        var received = List.of(tally(ana, false, ExchangeType.INTRODUCTION, 1, justOverTwoDays));
        Suggestion thanks = suggest(List.of(ana), Map.of(), received, Map.of()).get(0);
        assertThat(thanks.type()).isEqualTo(SuggestionType.THANK_YOU);
        assertThat(thanks.reason()).isEqualTo("received an introduction 2 days ago and have not thanked them yet");

        assertThat(suggest(
                        List.of(ana),
                        Map.of(),
                        List.of(tally(ana, false, ExchangeType.ADVICE, 1, justUnder)),
                        Map.of()))
                .isEmpty();
        var settledAfter =
                Map.of(ana.personId(), new ThankYous.Thanks(ana.personId(), justOverTwoDays.plusSeconds(1), null));
        assertThat(suggest(List.of(ana), Map.of(), received, settledAfter)).isEmpty();
        var settledBefore =
                Map.of(ana.personId(), new ThankYous.Thanks(ana.personId(), justOverTwoDays.minusSeconds(1), null));
        assertThat(suggest(List.of(ana), Map.of(), received, settledBefore))
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).endsWith("have not thanked them since"));
    }

    @Test
    void thanksAreOwedForNinetyDaysAndNoLonger() {
        Tie ana = tie("Ana", null, null, 1);
        assertThat(suggest(
                        List.of(ana),
                        Map.of(),
                        List.of(tally(ana, false, ExchangeType.ADVICE, 1, NOW.minusSeconds(89L * 86_400))),
                        Map.of()))
                .extracting(Suggestion::type)
                .containsExactly(SuggestionType.THANK_YOU);
        assertThat(suggest(
                        List.of(ana),
                        Map.of(),
                        List.of(tally(ana, false, ExchangeType.ADVICE, 1, NOW.minusSeconds(91L * 86_400))),
                        Map.of()))
                .isEmpty();
    }

    @Test
    void giveBackWhenReceivedAtLeastThreeMoreAndTwiceAsMuchAsGiven() {
        Tie bob = tie("Bob", null, null, 1);
        Instant longAgo = NOW.minusSeconds(30L * 86_400);
        var thanked = Map.of(bob.personId(), new ThankYous.Thanks(bob.personId(), NOW, null));
        assertThat(giveBack(bob, 3, 0, longAgo, thanked)).isTrue();
        assertThat(giveBack(bob, 2, 0, longAgo, thanked)).isFalse();
        assertThat(giveBack(bob, 4, 2, longAgo, thanked)).isFalse();
        assertThat(giveBack(bob, 6, 3, longAgo, thanked)).isTrue();
        Suggestion s = suggest(
                        List.of(bob),
                        Map.of(),
                        List.of(
                                tally(bob, false, ExchangeType.ADVICE, 3, longAgo),
                                tally(bob, false, ExchangeType.INTRODUCTION, 2, longAgo),
                                tally(bob, true, ExchangeType.INFORMATION, 1, longAgo)),
                        thanked)
                .get(0);
        assertThat(s.reason()).isEqualTo("you received 5 (3 advice, 2 introductions) and gave 1: time to give back");
    }

    @Test
    void theOrderIsTypeThenSinceThenNameThenId() {
        List<Tie> ties = new ArrayList<>(List.of(
                tie("zed", null, 30, 50),
                tie("Amy", null, 30, 50),
                tie("Old", null, 30, 100),
                tie("Due", null, 30, 31)));
        Tie thanked = tie("Thanks", null, null, 5);
        ties.add(thanked);
        var received = List.of(tally(thanked, false, ExchangeType.FAVOR, 1, NOW.minusSeconds(5 * 86_400)));
        List<String> names = suggest(ties, Map.of(), received, Map.of()).stream()
                .map(Suggestion::displayName)
                .toList();
        assertThat(names).containsExactly("Thanks", "Old", "Amy", "zed", "Due");
        java.util.Collections.reverse(ties);
        assertThat(suggest(ties, Map.of(), received, Map.of()).stream()
                        .map(Suggestion::displayName)
                        .toList())
                .isEqualTo(names);
    }

    private boolean giveBack(Tie t, long received, long gave, Instant at, Map<UUID, ThankYous.Thanks> thanks) {
        List<ExchangeTally> tallies = new ArrayList<>();
        tallies.add(tally(t, false, ExchangeType.ADVICE, received, at));
        if (gave > 0) {
            tallies.add(tally(t, true, ExchangeType.ADVICE, gave, at));
        }
        return suggest(List.of(t), Map.of(), tallies, thanks).stream()
                .anyMatch(s -> s.type() == SuggestionType.GIVE_BACK);
    }

    private static List<SuggestionType> types(Tie tie) {
        return types(tie, null);
    }

    private static List<SuggestionType> types(Tie tie, @Nullable ContactHistory history) {
        return suggest(List.of(tie), history == null ? Map.of() : Map.of(tie.personId(), history), List.of(), Map.of())
                .stream()
                .map(Suggestion::type)
                .toList();
    }

    private static List<Suggestion> suggest(
            List<Tie> ties,
            Map<UUID, ContactHistory> histories,
            List<ExchangeTally> tallies,
            Map<UUID, ThankYous.Thanks> thanks) {
        return RULES.suggest(new SuggestionRules.Inputs(ties, histories, tallies, thanks, false), id -> null);
    }

    private static Tie tie(String name, @Nullable ClosenessTier tier, @Nullable Integer cadence, int daysAgo) {
        LocalDate last = TODAY.minusDays(daysAgo);
        return new Tie(
                UUID.nameUUIDFromBytes(name.getBytes()),
                name,
                Set.of(Kind.PROFESSIONAL),
                tier,
                cadence,
                OffsetDateTime.of(last.atTime(10, 0), ZoneOffset.UTC),
                cadence == null ? null : last.plusDays(cadence));
    }

    private static ContactHistory history(Tie tie, long encounters, int firstDaysAgo) {
        return new ContactHistory(
                tie.personId(),
                encounters,
                TODAY.minusDays(firstDaysAgo).atTime(10, 0).toInstant(ZoneOffset.UTC));
    }

    private static ExchangeTally tally(Tie t, boolean given, ExchangeType type, long n, Instant last) {
        return new ExchangeTally(t.personId(), given, type, n, n, last);
    }
}
