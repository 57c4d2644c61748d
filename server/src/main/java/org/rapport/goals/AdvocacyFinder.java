package org.rapport.goals;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.organizations.OrganizationService;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Person;
import org.rapport.people.PersonFilter;
import org.rapport.people.PersonService;
import org.rapport.people.Relationship;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Advocacy at target organizations from direct ties: the people there now whom the member has a
 * relationship with, the strongest first. Strength comes from {@link TieStrength} (the network
 * module) when it has evidence, else from the closeness tier.
 * TODO(issue 6): once the network module's introduction path finder is on main, ask it for the best
 * path to the organization (people you know who know someone there) and keep this as the fallback.
 */
@Component
class AdvocacyFinder {
    private final OrganizationService organizations;
    private final PersonService people;
    private final TieStrength strength;

    AdvocacyFinder(OrganizationService organizations, PersonService people, ObjectProvider<TieStrength> strength) {
        this.organizations = organizations;
        this.people = people;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
    }

    Map<UUID, Advocacy> at(CurrentMember me, Collection<UUID> organizationIds) {
        Map<UUID, Advocacy> result = new HashMap<>();
        for (UUID organizationId : organizationIds) {
            result.put(organizationId, at(me, organizationId));
        }
        return result;
    }

    Advocacy at(CurrentMember me, UUID organizationId) {
        List<UUID> there = organizations.peopleAt(me, organizationId, true);
        if (there.isEmpty()) {
            return Advocacy.NONE;
        }
        List<Person> known = people
                .list(
                        me,
                        new PersonFilter(null, null, null, there, null, null, PersonFilter.Sort.NAME),
                        PageRequest.of(0, PageRequest.MAX_SIZE))
                .items()
                .stream()
                .filter(p -> isKnown(p.relationship()))
                .toList();
        if (known.isEmpty()) {
            return Advocacy.NONE;
        }
        Map<UUID, TieStrength.Score> scores =
                strength.scores(me, known.stream().map(Person::id).toList());
        Person best = known.stream()
                .max(Comparator.comparingDouble(p -> tie(p, scores)))
                .orElseThrow();
        return Advocacy.of(tie(best, scores), List.of(best.id()), known.size());
    }

    private static boolean isKnown(Relationship r) {
        return !r.kinds().isEmpty() || r.closenessTier() != null || r.lastContactAt() != null;
    }

    /** 0–1: the computed strength when there is one, else the tier (a tie you name counts for something). */
    static double tie(Person p, Map<UUID, TieStrength.Score> scores) {
        TieStrength.Score score = scores.get(p.id());
        if (score != null) {
            return Math.max(0.05, score.score() / 100.0);
        }
        ClosenessTier tier = p.relationship().closenessTier();
        if (tier == null) {
            return 0.2;
        }
        return switch (tier) {
            case INNER_CIRCLE -> 0.9;
            case CLOSE -> 0.7;
            case REGULAR -> 0.45;
            case ACQUAINTANCE -> 0.25;
        };
    }
}
