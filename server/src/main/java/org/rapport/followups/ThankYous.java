package org.rapport.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Thank-you follow-ups per person, in bulk, and the one-click "thanked" of Today's suggestions. */
@Service
public class ThankYous {
    private final ThankYouRepository thanks;
    private final FollowUpService followUps;
    private final PersonService people;

    ThankYous(ThankYouRepository thanks, FollowUpService followUps, PersonService people) {
        this.thanks = thanks;
        this.followUps = followUps;
        this.people = people;
    }

    /**
     * Where a member stands with thanking one person: when a thank-you was last done or dismissed
     * (settled), and the open thank-you follow-up, if any.
     */
    public record Thanks(
            UUID personId,
            @Nullable Instant lastSettledAt,
            @Nullable UUID openFollowUpId) {}

    public Map<UUID, Thanks> byPerson(CurrentMember me) {
        return thanks.byPerson(me, null);
    }

    /** {@link #byPerson(CurrentMember)} of some people only, for callers that keep it in memory. */
    public Map<UUID, Thanks> byPerson(CurrentMember me, Collection<UUID> personIds) {
        return thanks.byPerson(me, personIds);
    }

    /**
     * The person of each of the member's thank-you follow-ups: all of them when {@code followUpIds}
     * is null, else those of the given ones that are still thank-yous with a person. Tells a cache
     * whose thanks a changed or deleted follow-up concerned.
     */
    public Map<UUID, UUID> thankYouPeople(CurrentMember me, @Nullable Collection<UUID> followUpIds) {
        return thanks.thankYouPeople(me, followUpIds);
    }

    /** Marks every open thank-you for the person done, or records a done one when none is open. */
    @Transactional
    public void thanked(CurrentMember me, UUID personId) {
        if (people.existing(me.workspace(), List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        List<FollowUp> open = followUps
                .list(
                        me,
                        new FollowUpService.Query(FollowUpStatus.OPEN, null, personId, null, FollowUpType.THANK_YOU),
                        PageRequest.of(0, PageRequest.MAX_SIZE))
                .items();
        if (open.isEmpty()) {
            followUps.create(
                    me,
                    new FollowUpDraft(
                            personId, null, FollowUpType.THANK_YOU, null, null, LocalDate.now(), FollowUpStatus.DONE));
        }
        open.forEach(f -> followUps.complete(me, f.id()));
    }
}
