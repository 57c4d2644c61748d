package org.rapport.encounters;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.stereotype.Service;

/**
 * The member's give and take and contact history in aggregate, for the ledger and suggestions. An
 * exchange belongs to the person it names, or else to the encounter's only participant; an unnamed
 * exchange of a group encounter belongs to nobody in particular (the thank-you rule is the same).
 */
@Service
public class EncounterTallies {
    private final EncounterTallyRepository tallies;

    EncounterTallies(EncounterTallyRepository tallies) {
        this.tallies = tallies;
    }

    /** Every person's exchanges by direction and type, one aggregate query for the whole workspace. */
    public List<ExchangeTally> exchanges(CurrentMember me, int year) {
        return tallies.exchanges(me, null, year);
    }

    /** One person's exchanges by direction and type. */
    public List<ExchangeTally> exchanges(CurrentMember me, UUID personId, int year) {
        return tallies.exchanges(me, personId, year);
    }

    /** One person's exchanges, newest first, at most {@code limit}. */
    public List<PersonExchange> exchangeItems(CurrentMember me, UUID personId, int limit) {
        return tallies.items(me, personId, limit);
    }

    /** Encounters per person and the first of them. */
    public Map<UUID, ContactHistory> histories(CurrentMember me) {
        return tallies.histories(me);
    }

    /*
     * For callers that keep these aggregates in memory and read again only the people a change
     * touched (suggestions): the same answers, restricted to some people.
     */

    /** {@link #histories(CurrentMember)} of some people only. */
    public Map<UUID, ContactHistory> historiesOf(CurrentMember me, Collection<UUID> personIds) {
        return tallies.histories(me, personIds);
    }

    /** {@link #exchanges(CurrentMember, int)} of some people only. */
    public List<ExchangeTally> exchangesOf(CurrentMember me, Collection<UUID> personIds, int year) {
        return tallies.exchangesOf(me, personIds, year);
    }

    /**
     * The member's encounters each person is in, as a participant or named by an exchange: every
     * person when {@code personIds} is null. Whom a change of an encounter concerns, even after it
     * is deleted or its participants change.
     */
    public Map<UUID, List<UUID>> encountersOf(CurrentMember me, @Nullable Collection<UUID> personIds) {
        return tallies.encountersOf(me, personIds);
    }

    /** Who is in these encounters now: their participants and the people their exchanges name. */
    public Set<UUID> peopleIn(CurrentMember me, Collection<UUID> encounterIds) {
        return tallies.peopleIn(me, encounterIds);
    }
}
