package org.rapport.encounters;

import java.util.List;
import java.util.Map;
import java.util.UUID;
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
}
