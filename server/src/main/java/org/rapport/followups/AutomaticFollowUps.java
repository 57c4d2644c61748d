package org.rapport.followups;

import org.rapport.accounts.CurrentMember;

/**
 * Follow-ups other modules create by themselves (a birthday coming up). Before a member's
 * follow-ups are read outside a transaction, {@link FollowUpService} asks each one to make sure
 * its follow-ups exist; implementations must be idempotent and cheap when nothing changed. An
 * interface here because those modules depend on follow-ups, not the other way round.
 */
public interface AutomaticFollowUps {
    void ensure(CurrentMember me);
}
