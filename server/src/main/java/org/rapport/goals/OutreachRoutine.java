package org.rapport.goals;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.rapport.api.WireValue;

/**
 * The 3-then-7 routine for advice requests, in business days: no reply after 3, reach a second
 * person at the same organization; no reply after 7, follow up once with the first; then stop.
 * Pure logic, no Spring.
 */
public final class OutreachRoutine {
    static final int SECOND_PERSON_AFTER = 3;
    static final int FOLLOW_UP_AFTER = 7;

    private OutreachRoutine() {}

    public enum Next implements WireValue {
        /** Nothing to do: replied, still within 3 business days, or the routine is over. */
        WAIT,
        REACH_SECOND_PERSON,
        FOLLOW_UP_ONCE
    }

    /** How a contact answered an advice request. */
    public enum Response implements WireValue {
        WITHIN_3_DAYS,
        LATER,
        NEVER,
        AWAITING
    }

    /**
     * @param secondPersonContacted someone else at the organization was contacted after this request
     * @param followedUpOn when the one follow-up went out, if it did
     */
    public static Next next(
            LocalDate sentOn,
            @Nullable LocalDate repliedOn,
            boolean secondPersonContacted,
            @Nullable LocalDate followedUpOn,
            LocalDate today) {
        if (repliedOn != null || followedUpOn != null) {
            return Next.WAIT;
        }
        int waited = BusinessDays.between(sentOn, today);
        if (waited >= FOLLOW_UP_AFTER) {
            return Next.FOLLOW_UP_ONCE;
        }
        if (waited >= SECOND_PERSON_AFTER && !secondPersonContacted) {
            return Next.REACH_SECOND_PERSON;
        }
        return Next.WAIT;
    }

    /** Within 3 business days, later, never (no reply once the routine has run its 7 days), or still awaiting. */
    public static Response response(LocalDate sentOn, @Nullable LocalDate repliedOn, LocalDate today) {
        if (repliedOn != null) {
            return BusinessDays.between(sentOn, repliedOn) <= SECOND_PERSON_AFTER
                    ? Response.WITHIN_3_DAYS
                    : Response.LATER;
        }
        return BusinessDays.between(sentOn, today) > FOLLOW_UP_AFTER ? Response.NEVER : Response.AWAITING;
    }
}
