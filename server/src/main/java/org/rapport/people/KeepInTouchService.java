package org.rapport.people;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.stereotype.Service;

/**
 * The member's ties in bulk: every live person they have been in touch with, with the effective
 * cadence. One query for the whole workspace, so suggestions and the feed stay fast at 30,000 people.
 */
@Service
public class KeepInTouchService {
    private final TieRepository ties;
    private final CadenceDefaultsRepository cadences;

    KeepInTouchService(TieRepository ties, CadenceDefaultsRepository cadences) {
        this.ties = ties;
        this.cadences = cadences;
    }

    /** Ties with a last contact, optionally only those of one kind of networking. */
    public List<Tie> ties(CurrentMember me, @Nullable Kind kind) {
        return ties.withContact(me.workspace(), me.memberId(), kind, cadences.cached(me.workspace()));
    }

    /**
     * The ties of some people (of every kind), for callers that keep ties in memory and read again
     * only the people a change touched. A person without a last contact, or deleted, has none.
     */
    public List<Tie> tiesOf(CurrentMember me, Collection<UUID> personIds) {
        return ties.withContact(me.workspace(), me.memberId(), null, personIds, cadences.cached(me.workspace()));
    }
}
