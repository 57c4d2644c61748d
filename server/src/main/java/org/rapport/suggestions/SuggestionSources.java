package org.rapport.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.encounters.ContactHistory;
import org.rapport.encounters.EncounterTallies;
import org.rapport.encounters.ExchangeTally;
import org.rapport.followups.ThankYous;
import org.rapport.people.KeepInTouchService;
import org.rapport.people.Kind;
import org.rapport.people.PersonService;
import org.rapport.people.Tie;
import org.springframework.stereotype.Component;

/**
 * Reads what the rules need from the features that own it, for everyone or for a few people: the
 * same answers either way, so inputs kept in memory can be brought up to date per changed person.
 */
@Component
class SuggestionSources {
    private final KeepInTouchService keepInTouch;
    private final EncounterTallies tallies;
    private final ThankYous thankYous;
    private final PersonService people;
    private final DismissalRepository dismissals;

    SuggestionSources(
            KeepInTouchService keepInTouch,
            EncounterTallies tallies,
            ThankYous thankYous,
            PersonService people,
            DismissalRepository dismissals) {
        this.keepInTouch = keepInTouch;
        this.tallies = tallies;
        this.thankYous = thankYous;
        this.people = people;
        this.dismissals = dismissals;
    }

    /**
     * What the rules need about some people (everyone when read whole). {@code untiedNames} names the
     * live people who gave or received but have no tie (never met); {@code encounters} are the
     * member's encounters each person is in, to know whom a later change of one concerns.
     */
    record Read(
            Map<UUID, Tie> ties,
            Map<UUID, ContactHistory> histories,
            Map<UUID, List<ExchangeTally>> exchanges,
            Map<UUID, ThankYous.Thanks> thanks,
            Map<UUID, String> untiedNames,
            Map<UUID, List<UUID>> encounters) {}

    /** Everything, in one aggregate query per input. */
    Read everyone(CurrentMember me) {
        Map<UUID, Tie> ties = byPerson(keepInTouch.ties(me, (Kind) null));
        Map<UUID, List<ExchangeTally>> exchanges = grouped(tallies.exchanges(me, year()));
        return new Read(
                ties,
                tallies.histories(me),
                exchanges,
                thankYous.byPerson(me),
                untiedNames(me, exchanges.keySet(), ties),
                tallies.encountersOf(me, null));
    }

    /** The same for some people only; people with nothing in an input are missing from its map. */
    Read people(CurrentMember me, Collection<UUID> ids) {
        Map<UUID, Tie> ties = byPerson(keepInTouch.tiesOf(me, ids));
        Map<UUID, List<ExchangeTally>> exchanges = grouped(tallies.exchangesOf(me, ids, year()));
        return new Read(
                ties,
                tallies.historiesOf(me, ids),
                exchanges,
                thankYous.byPerson(me, ids),
                untiedNames(me, exchanges.keySet(), ties),
                tallies.encountersOf(me, ids));
    }

    Set<UUID> peopleIn(CurrentMember me, Collection<UUID> encounterIds) {
        return tallies.peopleIn(me, encounterIds);
    }

    Map<UUID, UUID> thankYouPeople(CurrentMember me, @Nullable Collection<UUID> followUpIds) {
        return thankYous.thankYouPeople(me, followUpIds);
    }

    Map<UUID, List<Dismissal>> dismissals(CurrentMember me, LocalDate today) {
        return dismissals.active(me, today);
    }

    /** The rules use all-time tallies only; the year's count they ignore. */
    private static int year() {
        return LocalDate.now().getYear();
    }

    private Map<UUID, String> untiedNames(CurrentMember me, Set<UUID> withExchanges, Map<UUID, Tie> ties) {
        Set<UUID> untied = new HashSet<>(withExchanges);
        untied.removeAll(ties.keySet());
        if (untied.isEmpty()) {
            return Map.of();
        }
        Set<UUID> live = people.existing(me.workspace(), untied);
        return people.displayNames(me.workspace(), live);
    }

    private static Map<UUID, Tie> byPerson(List<Tie> ties) {
        Map<UUID, Tie> byPerson = new HashMap<>();
        ties.forEach(t -> byPerson.put(t.personId(), t));
        return byPerson;
    }

    private static Map<UUID, List<ExchangeTally>> grouped(List<ExchangeTally> tallies) {
        Map<UUID, List<ExchangeTally>> byPerson = new HashMap<>();
        tallies.forEach(t ->
                byPerson.computeIfAbsent(t.personId(), k -> new ArrayList<>(4)).add(t));
        return byPerson;
    }
}
