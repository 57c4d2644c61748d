package org.rapport.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Warm introductions: the best paths from the calling member to a person, or to anyone at an
 * organization now, through people the member knows, each tie explained. Who knows whom is shared
 * by the workspace's members; each member starts from their own relationships.
 */
@Service
public class IntroductionService {
    public static final int MAX_PATHS = 5;

    /** A person on a path; {@code id} is null for the member themself. */
    public record PersonRef(@Nullable UUID id, String displayName) {}

    /**
     * One tie of a path, with why it exists. {@code lastContactAt} is the member's last contact with
     * the person they rely on for this tie: the first person for the first tie, else the tie's
     * {@code from}.
     */
    public record Hop(
            PersonRef from,
            PersonRef to,
            double strength,
            @Nullable OffsetDateTime lastContactAt,
            String context) {}

    /** People from the first one to ask to the target, the path's strength, and its weakest tie. */
    public record IntroductionPath(List<PersonRef> people, double strength, Hop weakestLink, List<Hop> hops) {}

    /**
     * Paths found, and how long each step took: bringing the graph and the member's ties up to date,
     * the search itself, and describing the paths (names, contexts, last contacts).
     */
    public record Found(List<IntroductionPath> paths, long catchUpNanos, long searchNanos, long describeNanos) {}

    private final NetworkGraphs graphs;
    private final NetworkRepository repository;
    private final TieStrength strength;

    IntroductionService(NetworkGraphs graphs, NetworkRepository repository, ObjectProvider<TieStrength> strength) {
        this.graphs = graphs;
        this.repository = repository;
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
    }

    /** Paths to a person of the member's workspace (404 otherwise). */
    public Found toPerson(CurrentMember me, UUID personId, int limit, int maxHops) {
        if (repository.live(me.workspace(), List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        return find(me, List.of(personId), limit, maxHops);
    }

    /** Paths to anyone who holds a current role at the organization (404 when it is not in the workspace). */
    public Found toOrganization(CurrentMember me, UUID organizationId, int limit, int maxHops) {
        if (repository.organizationName(me.workspace(), organizationId).isEmpty()) {
            throw new NotFoundException("organization", organizationId);
        }
        return find(me, repository.currentlyAt(me.workspace(), organizationId), limit, maxHops);
    }

    /** The organization called this (case, accents and spacing ignored); the oldest when several are. */
    public Optional<UUID> organizationNamed(CurrentMember me, String name) {
        return repository.organizationsNamed(me.workspace(), name).stream().findFirst();
    }

    private Found find(CurrentMember me, List<UUID> targets, int limit, int maxHops) {
        long started = System.nanoTime();
        WorkspaceGraph graph = graphs.current(me.workspace());
        WorkspaceGraph.Snapshot s = graph.snapshot();
        MemberTies.View you = graph.members
                .computeIfAbsent(me.memberId(), k -> new MemberTies())
                .current(me, s.index(), strength);
        long caughtUp = System.nanoTime();
        int[] nodes =
                targets.stream().mapToInt(s.index()::node).filter(n -> n >= 0).toArray();
        var found =
                IntroductionPathFinder.best(s.graph(), you.you(), you.known(), you.strongest(), nodes, limit, maxHops);
        long searched = System.nanoTime();
        var paths = describe(me, graph, s, you, found);
        return new Found(paths, caughtUp - started, searched - caughtUp, System.nanoTime() - searched);
    }

    private List<IntroductionPath> describe(
            CurrentMember me,
            WorkspaceGraph graph,
            WorkspaceGraph.Snapshot s,
            MemberTies.View you,
            List<IntroductionPathFinder.Path> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (var p : found) {
            for (int n : p.nodes()) {
                ids.add(s.index().id(n));
            }
        }
        Map<UUID, String> names = repository.names(me.workspace(), ids);
        Map<UUID, OffsetDateTime> contacts = repository.lastContacts(me.workspace(), me.memberId(), ids);
        Set<Evidence> wanted = java.util.EnumSet.noneOf(Evidence.class);
        Set<UUID> sharedEvents = new LinkedHashSet<>();
        for (var p : found) {
            for (int i = 1; i < p.nodes().length; i++) {
                byte e = s.graph().evidence(p.nodes()[i - 1], p.nodes()[i]);
                if (e >= 0) {
                    wanted.add(Evidence.of(e));
                }
                if (e == Evidence.SAME_EVENT.code()) {
                    sharedEvents.addAll(graph.events.shared(
                            s.index().id(p.nodes()[i - 1]), s.index().id(p.nodes()[i])));
                }
            }
        }
        PairFacts facts = repository.factsAmong(me.workspace(), ids, wanted, sharedEvents, graph.events);
        LocalDate today = LocalDate.now();
        PersonRef self = new PersonRef(null, "You");
        List<IntroductionPath> paths = new ArrayList<>();
        for (var p : found) {
            List<PersonRef> people = new ArrayList<>();
            List<Hop> hops = new ArrayList<>();
            PersonRef previous = self;
            int previousNode = -1;
            for (int n : p.nodes()) {
                UUID id = s.index().id(n);
                PersonRef ref = new PersonRef(id, names.getOrDefault(id, "?"));
                if (previousNode < 0) {
                    var score = n < you.scores().length ? you.scores()[n] : null;
                    String why = score == null || score.reasons().isEmpty()
                            ? "your relationship strength " + Math.round(you.you()[n] * 100)
                            : "your relationship: " + String.join("; ", score.reasons());
                    hops.add(new Hop(previous, ref, round(you.you()[n]), contacts.get(id), why));
                } else {
                    var reason = facts.why(previous.id(), id, names, me.memberId(), today);
                    hops.add(new Hop(
                            previous,
                            ref,
                            round(s.graph().weight(previousNode, n)),
                            contacts.get(previous.id()),
                            reason == null ? "known to each other" : reason.context()));
                }
                people.add(ref);
                previous = ref;
                previousNode = n;
            }
            Hop weakest = hops.get(0);
            for (Hop h : hops) {
                if (h.strength() < weakest.strength()) {
                    weakest = h;
                }
            }
            paths.add(new IntroductionPath(List.copyOf(people), round(p.strength()), weakest, List.copyOf(hops)));
        }
        return paths;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
