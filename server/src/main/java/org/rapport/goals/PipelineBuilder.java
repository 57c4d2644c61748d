package org.rapport.goals;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rapport.accounts.CurrentMember;
import org.rapport.encounters.EncounterStats;
import org.rapport.goals.Pipeline.EntryView;
import org.rapport.goals.Pipeline.FunnelStep;
import org.rapport.goals.Pipeline.OutreachView;
import org.rapport.goals.Pipeline.ResponseRate;
import org.rapport.goals.Pipeline.Suggestion;
import org.rapport.goals.Pipeline.TargetView;
import org.rapport.organizations.OrganizationService;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Component;

/** Puts a goal's board together: advocacy per target, stale flags and touches per entry, the routine's next steps. */
@Component
class PipelineBuilder {
    private final GoalService goals;
    private final OutreachService outreach;
    private final AdvocacyFinder advocacy;
    private final PersonService people;
    private final OrganizationService organizations;
    private final EncounterStats stats;
    private final Clock clock;

    PipelineBuilder(
            GoalService goals,
            OutreachService outreach,
            AdvocacyFinder advocacy,
            PersonService people,
            OrganizationService organizations,
            EncounterStats stats,
            Clock clock) {
        this.goals = goals;
        this.outreach = outreach;
        this.advocacy = advocacy;
        this.people = people;
        this.organizations = organizations;
        this.stats = stats;
        this.clock = clock;
    }

    Pipeline build(CurrentMember me, UUID goalId) {
        Goal goal = goals.get(me, goalId);
        List<Target> targets = goals.targets(me, goalId);
        List<Entry> entries = goals.entries(me, goalId);
        List<StageMove> moves = goals.moves(me, goalId);
        List<TargetMove> targetMoves = goal.kind() == GoalKind.JOB_SEARCH ? goals.targetMoves(me, goalId) : List.of();
        List<Outreach> requests = outreach.ofGoal(me, goalId);

        Set<UUID> named = new HashSet<>();
        targetMoves.forEach(m -> addIfPresent(named, m.causedByPersonId()));
        entries.forEach(e -> {
            addIfPresent(named, e.personId());
            if (e.referredById() != null) {
                named.add(e.referredById());
            }
        });
        requests.forEach(o -> named.add(o.personId()));
        Map<UUID, Advocacy> advocacyByOrg =
                advocacy.at(me, targets.stream().map(Target::organizationId).toList());
        advocacyByOrg.values().forEach(a -> named.addAll(a.path()));
        Set<UUID> orgIds = new HashSet<>();
        entries.forEach(e -> addIfPresent(orgIds, e.organizationId()));
        requests.forEach(o -> addIfPresent(orgIds, o.organizationId()));
        Map<UUID, String> orgNames = new HashMap<>();
        targets.forEach(t -> orgNames.put(t.organizationId(), t.organizationName()));
        orgIds.stream()
                .filter(id -> !orgNames.containsKey(id))
                .forEach(id -> organizations.find(me, id).ifPresent(o -> orgNames.put(id, o.name())));

        LocalDate today = LocalDate.now(clock);
        Map<UUID, Set<UUID>> contactedAt = new HashMap<>();
        requests.forEach(o -> {
            if (o.organizationId() != null) {
                contactedAt
                        .computeIfAbsent(o.organizationId(), k -> new HashSet<>())
                        .add(o.personId());
            }
        });
        List<OutreachView> outreachViews = new ArrayList<>();
        List<Suggestion> suggestions = new ArrayList<>();
        Map<UUID, String> names = people.displayNames(me.workspace(), named);
        for (Outreach o : requests) {
            LocalDate sentOn = Pipeline.day(o.sentAt(), clock.getZone());
            LocalDate repliedOn = o.repliedAt() == null ? null : Pipeline.day(o.repliedAt(), clock.getZone());
            LocalDate followedOn = o.followedUpAt() == null ? null : Pipeline.day(o.followedUpAt(), clock.getZone());
            boolean second = o.organizationId() != null
                    && requests.stream()
                            .anyMatch(x -> !x.personId().equals(o.personId())
                                    && o.organizationId().equals(x.organizationId())
                                    && !x.sentAt().isBefore(o.sentAt()));
            var next = OutreachRoutine.next(sentOn, repliedOn, second, followedOn, today);
            String name = names.getOrDefault(o.personId(), "them");
            String org = o.organizationId() == null ? null : orgNames.get(o.organizationId());
            outreachViews.add(new OutreachView(
                    o,
                    name,
                    org,
                    OutreachRoutine.response(sentOn, repliedOn, today),
                    next,
                    BusinessDays.between(sentOn, today)));
            if (next != OutreachRoutine.Next.WAIT) {
                suggestions.add(suggestion(me, o, next, name, org, contactedAt));
            }
        }

        Map<UUID, List<Pipeline.TargetMoveView>> targetHistory = targetMoves.stream()
                .collect(Collectors.groupingBy(
                        TargetMove::targetId,
                        Collectors.mapping(
                                m -> new Pipeline.TargetMoveView(
                                        m, m.causedByPersonId() == null ? null : names.get(m.causedByPersonId())),
                                Collectors.toList())));
        List<TargetView> targetViews = targets.stream()
                .map(t -> {
                    Advocacy a = advocacyByOrg.getOrDefault(t.organizationId(), Advocacy.NONE);
                    return new TargetView(
                            t,
                            a,
                            a.path().stream()
                                    .map(id -> names.getOrDefault(id, "?"))
                                    .toList(),
                            Duration.between(t.stageSince(), clock.instant()).toDays(),
                            targetHistory.getOrDefault(t.id(), List.of()));
                })
                .sorted(Comparator.comparingInt((TargetView v) -> -v.target().motivation())
                        .thenComparing(v -> -v.advocacy().strength())
                        .thenComparing(v -> v.target().organizationName(), String.CASE_INSENSITIVE_ORDER))
                .toList();

        Map<UUID, List<StageMove>> history = moves.stream().collect(Collectors.groupingBy(StageMove::entryId));
        Map<UUID, Long> touches = goal.kind() == GoalKind.BUSINESS ? touches(me, entries) : Map.of();
        List<EntryView> entryViews = entries.stream()
                .map(e -> {
                    long days =
                            Duration.between(e.stageSince(), clock.instant()).toDays();
                    boolean stale = !e.stage().isDone() && days > goal.staleAfterDays();
                    String org = e.organizationId() == null ? null : orgNames.get(e.organizationId());
                    return new EntryView(
                            e,
                            e.isOrganization()
                                    ? java.util.Objects.requireNonNullElse(org, "?")
                                    : names.getOrDefault(e.personId(), "?"),
                            org,
                            e.referredById() == null ? null : names.get(e.referredById()),
                            days,
                            stale,
                            touches.getOrDefault(e.id(), 0L),
                            history.getOrDefault(e.id(), List.of()));
                })
                .toList();
        return new Pipeline(
                goal,
                goal.kind().stages(),
                targetViews,
                entryViews,
                outreachViews,
                suggestions,
                responseRate(outreachViews),
                funnel(goal.kind(), entries, moves),
                targetFunnel(targets, targetMoves));
    }

    /**
     * Touches per entry: the encounters with the prospect, or for an organization the encounters
     * with anyone who works there now (an encounter with two of them counts once).
     */
    private Map<UUID, Long> touches(CurrentMember me, List<Entry> entries) {
        Map<UUID, Long> byPerson = stats.encountersWith(
                me,
                entries.stream()
                        .map(Entry::personId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        Map<UUID, UUID> prospectOrganizations = new HashMap<>();
        entries.stream()
                .filter(Entry::isOrganization)
                .forEach(e -> prospectOrganizations.put(e.id(), java.util.Objects.requireNonNull(e.organizationId())));
        Map<UUID, Long> byOrganization = prospectOrganizations.isEmpty()
                ? Map.of()
                : stats.encountersWithAnyOf(
                        me, organizations.peopleAt(me, new HashSet<>(prospectOrganizations.values()), true));
        Map<UUID, Long> touches = new HashMap<>();
        for (Entry e : entries) {
            long n = e.isOrganization()
                    ? byOrganization.getOrDefault(prospectOrganizations.get(e.id()), 0L)
                    : byPerson.getOrDefault(e.personId(), 0L);
            touches.put(e.id(), n);
        }
        return touches;
    }

    /** Targets that reached each job-search stage, counted from their recorded moves. */
    static List<FunnelStep> targetFunnel(List<Target> targets, List<TargetMove> moves) {
        if (targets.isEmpty()) {
            return List.of();
        }
        List<Stage> line = GoalKind.JOB_SEARCH.stages();
        Map<UUID, Integer> furthest = new HashMap<>();
        targets.forEach(t -> furthest.merge(t.id(), line.indexOf(t.stage()), Math::max));
        moves.forEach(m -> furthest.computeIfPresent(m.targetId(), (k, v) -> Math.max(v, line.indexOf(m.to()))));
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            int at = i;
            steps.add(new FunnelStep(line.get(i), (int)
                    furthest.values().stream().filter(f -> f >= at).count()));
        }
        return steps;
    }

    private Suggestion suggestion(
            CurrentMember me,
            Outreach o,
            OutreachRoutine.Next next,
            String name,
            String org,
            Map<UUID, Set<UUID>> contactedAt) {
        if (next == OutreachRoutine.Next.FOLLOW_UP_ONCE) {
            return new Suggestion(
                    next,
                    o.id(),
                    o.personId(),
                    o.organizationId(),
                    null,
                    "No reply from " + name + " in 7 business days: follow up once, then let it rest.");
        }
        UUID candidate = null;
        if (o.organizationId() != null) {
            Set<UUID> asked = contactedAt.getOrDefault(o.organizationId(), Set.of());
            candidate = organizations.peopleAt(me, o.organizationId(), true).stream()
                    .filter(p -> !asked.contains(p))
                    .findFirst()
                    .orElse(null);
        }
        String where = org == null ? "the same organization" : org;
        String who = candidate == null
                ? "a second person at " + where
                : people.displayNames(me.workspace(), List.of(candidate)).getOrDefault(candidate, "someone") + " at "
                        + where;
        return new Suggestion(
                next,
                o.id(),
                o.personId(),
                o.organizationId(),
                candidate,
                "No reply from " + name + " in 3 business days: reach " + who + ".");
    }

    private static ResponseRate responseRate(List<OutreachView> views) {
        int within = 0, later = 0, never = 0, awaiting = 0;
        for (OutreachView v : views) {
            switch (v.response()) {
                case WITHIN_3_DAYS -> within++;
                case LATER -> later++;
                case NEVER -> never++;
                case AWAITING -> awaiting++;
            }
        }
        return new ResponseRate(views.size(), within, later, never, awaiting);
    }

    /** Entries that reached each stage of the main line (a move to a later stage counts for the earlier ones). */
    static List<FunnelStep> funnel(GoalKind kind, List<Entry> entries, List<StageMove> moves) {
        List<Stage> line = kind == GoalKind.JOB_SEARCH
                ? kind.stages()
                : List.of(Stage.LEAD, Stage.CONTACTED, Stage.CONVERSATION, Stage.PROPOSAL, Stage.WON);
        Map<UUID, Integer> furthest = new HashMap<>();
        entries.forEach(e -> furthest.merge(e.id(), line.indexOf(e.stage()), Math::max));
        moves.forEach(m -> furthest.merge(m.entryId(), line.indexOf(m.to()), Math::max));
        List<FunnelStep> steps = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            int at = i;
            steps.add(new FunnelStep(line.get(i), (int)
                    furthest.values().stream().filter(f -> f >= at).count()));
        }
        return steps;
    }

    private static void addIfPresent(Set<UUID> set, UUID id) {
        if (id != null) {
            set.add(id);
        }
    }
}
