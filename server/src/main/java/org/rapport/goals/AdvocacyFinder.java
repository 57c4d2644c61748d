package org.rapport.goals;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.rapport.network.IntroductionService;
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
 * Advocacy at a target organization: the best warm-introduction path to anyone there now, from the
 * network module's path finder (people you know who know someone there, up to three hops), and how
 * many people there you know directly. When the graph finds no path but you have a relationship
 * with someone there, the direct tie counts: strength from {@link TieStrength} when it has
 * evidence, else from the closeness tier.
 */
@Component
class AdvocacyFinder {
    // The path finder's own limit: you, someone you know, someone they know, the target.
    static final int MAX_HOPS = 3;

    private final OrganizationService organizations;
    private final PersonService people;
    private final TieStrength strength;
    private final IntroductionService introductions;

    AdvocacyFinder(
            OrganizationService organizations,
            PersonService people,
            ObjectProvider<TieStrength> strength,
            IntroductionService introductions) {
        this.organizations = organizations;
        this.people = people;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
        this.introductions = introductions;
    }

    /**
     * Advocacy at each organization. The people there, their relationships and their strengths are
     * read once for all organizations (a board has about 40 targets), the paths one organization at
     * a time (the network module's path finder takes one destination).
     */
    Map<UUID, Advocacy> at(CurrentMember me, Collection<UUID> organizationIds) {
        Map<UUID, List<UUID>> there = organizations.peopleAt(me, organizationIds, true);
        Set<UUID> everyone = new LinkedHashSet<>();
        there.values().forEach(everyone::addAll);
        Map<UUID, Person> known = new HashMap<>();
        List<UUID> all = List.copyOf(everyone);
        for (int from = 0; from < all.size(); from += PageRequest.MAX_SIZE) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + PageRequest.MAX_SIZE));
            people
                    .list(
                            me,
                            new PersonFilter(null, null, null, chunk, null, null, PersonFilter.Sort.NAME),
                            PageRequest.of(0, PageRequest.MAX_SIZE))
                    .items()
                    .stream()
                    .filter(p -> isKnown(p.relationship()))
                    .forEach(p -> known.put(p.id(), p));
        }
        Map<UUID, TieStrength.Score> scores = known.isEmpty() ? Map.of() : strength.scores(me, known.keySet());
        Map<UUID, Advocacy> result = new HashMap<>();
        for (UUID organizationId : organizationIds) {
            List<UUID> ids = there.get(organizationId);
            if (ids.isEmpty()) {
                result.put(organizationId, Advocacy.NONE);
                continue;
            }
            List<Person> knownThere =
                    ids.stream().filter(known::containsKey).map(known::get).toList();
            result.put(organizationId, withPath(me, organizationId, direct(knownThere, scores)));
        }
        return result;
    }

    Advocacy at(CurrentMember me, UUID organizationId) {
        return at(me, List.of(organizationId)).get(organizationId);
    }

    private Advocacy withPath(CurrentMember me, UUID organizationId, Advocacy direct) {
        return introductions.toOrganization(me, organizationId, 1, MAX_HOPS).paths().stream()
                .findFirst()
                .filter(path -> path.strength() >= direct.strength())
                .map(path -> Advocacy.of(
                        path.strength(),
                        path.people().stream()
                                .map(IntroductionService.PersonRef::id)
                                .filter(java.util.Objects::nonNull)
                                .toList(),
                        direct.peopleYouKnowThere()))
                .orElse(direct);
    }

    private static Advocacy direct(List<Person> known, Map<UUID, TieStrength.Score> scores) {
        if (known.isEmpty()) {
            return Advocacy.NONE;
        }
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
