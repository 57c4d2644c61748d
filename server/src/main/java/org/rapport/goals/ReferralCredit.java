package org.rapport.goals;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.encounters.Channel;
import org.rapport.encounters.EncounterDraft;
import org.rapport.encounters.EncounterService;
import org.rapport.encounters.ExchangeType;
import org.rapport.organizations.OrganizationService;
import org.rapport.people.Kind;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A prospect someone referred became a client: the referrer is credited in the give-and-take
 * ledger (a referral received from them, logged as a business encounter) and, through that, gets
 * the thank-you follow-up that encounters create for whatever was received.
 */
@Component
class ReferralCredit {
    private final EncounterService encounters;
    private final PersonService people;
    private final OrganizationService organizations;
    private final Clock clock;

    ReferralCredit(EncounterService encounters, PersonService people, OrganizationService organizations, Clock clock) {
        this.encounters = encounters;
        this.people = people;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Credits the referrer when the entry has just reached won; returns the encounter logged, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    @Nullable
    UUID creditIfWon(CurrentMember me, Goal goal, @Nullable Stage before, Entry entry) {
        UUID referrer = entry.referredById();
        if (entry.stage() != Stage.WON || before == Stage.WON || referrer == null) {
            return null;
        }
        UUID person = entry.personId();
        Map<UUID, String> names =
                people.displayNames(me.workspace(), person == null ? List.of(referrer) : List.of(person, referrer));
        String prospect = person != null
                ? names.getOrDefault(person, "a prospect")
                : organizations
                        .find(me, java.util.Objects.requireNonNull(entry.organizationId()))
                        .map(o -> o.name())
                        .orElse("a prospect");
        var draft = new EncounterDraft(
                OffsetDateTime.now(clock),
                Channel.OTHER,
                Kind.BUSINESS,
                "Won " + prospect + ", referred by " + names.getOrDefault(referrer, "them"),
                null,
                "Recorded by the goal \"" + goal.title() + "\" when the prospect was won.",
                List.of(),
                List.of(referrer),
                List.of(),
                List.of(new EncounterDraft.ExchangeDraft(ExchangeType.REFERRAL, "referring " + prospect, referrer)));
        return encounters.log(me, draft).id();
    }
}
