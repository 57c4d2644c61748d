package org.rapport.goals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.organizations.OrganizationService;
import org.rapport.organizations.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job search's target organizations move through the same stages as their people: a target
 * follows the furthest of its people (an automatic move, naming the person), and the member can
 * move it by hand. An automatic move never goes backwards: a person losing ground does not undo
 * what the organization reached.
 */
@Component
class TargetProgress {
    private final GoalRepository goals;
    private final PipelineRepository pipeline;
    private final TargetStageRepository stages;
    private final OrganizationService organizations;
    private final Clock clock;

    TargetProgress(
            GoalRepository goals,
            PipelineRepository pipeline,
            TargetStageRepository stages,
            OrganizationService organizations,
            Clock clock) {
        this.goals = goals;
        this.pipeline = pipeline;
        this.stages = stages;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The place of a stage on the job-search line; -1 for stages that are not on it. */
    static int rank(Stage stage) {
        return GoalKind.JOB_SEARCH.stages().indexOf(stage);
    }

    /** A target entered the pipeline: recorded as its first move. */
    @Transactional(propagation = Propagation.MANDATORY)
    void added(CurrentMember me, Target target) {
        stages.record(
                me,
                new TargetMove(
                        target.id(), null, target.stage(), target.stageSince(), TargetMove.Cause.ADDED, null, null));
    }

    /** One of the goal's people was added or moved: the targets where they work follow when the stage is further. */
    @Transactional(propagation = Propagation.MANDATORY)
    void follow(CurrentMember me, Goal goal, Entry entry) {
        if (goal.kind() != GoalKind.JOB_SEARCH || entry.personId() == null || rank(entry.stage()) < 0) {
            return;
        }
        Set<UUID> where = workplaces(me, List.of(entry)).getOrDefault(entry.id(), Set.of());
        if (where.isEmpty()) {
            return;
        }
        for (Target t : goals.targets(me, goal.id())) {
            if (where.contains(t.organizationId())) {
                advance(me, t, entry);
            }
        }
    }

    /** A target just added catches up with the furthest of its people already in the pipeline. */
    @Transactional(propagation = Propagation.MANDATORY)
    void catchUp(CurrentMember me, Target target) {
        List<Entry> entries = pipeline.entries(me, target.goalId()).stream()
                .filter(e -> e.personId() != null)
                .toList();
        Map<UUID, Set<UUID>> where = workplaces(me, entries);
        entries.stream()
                .filter(e -> where.getOrDefault(e.id(), Set.of()).contains(target.organizationId()))
                .max(Comparator.comparingInt(e -> rank(e.stage())))
                .ifPresent(e -> advance(me, target, e));
    }

    /** The member's own move: any stage of the line, backwards too. The caller checked the stage. */
    @Transactional(propagation = Propagation.MANDATORY)
    void moveByHand(CurrentMember me, Target target, Stage to) {
        if (to == target.stage()) {
            return;
        }
        stages.move(
                me,
                target,
                new TargetMove(target.id(), target.stage(), to, clock.instant(), TargetMove.Cause.MANUAL, null, null));
    }

    private void advance(CurrentMember me, Target target, Entry entry) {
        if (rank(entry.stage()) <= rank(target.stage())) {
            return;
        }
        stages.move(
                me,
                target,
                new TargetMove(
                        target.id(),
                        target.stage(),
                        entry.stage(),
                        clock.instant(),
                        TargetMove.Cause.PERSON,
                        entry.id(),
                        entry.personId()));
    }

    /**
     * Where each entry's person works as far as this goal is concerned: the organization the entry
     * names, else the organizations of their current roles (read once for all of them).
     */
    private Map<UUID, Set<UUID>> workplaces(CurrentMember me, List<Entry> entries) {
        Map<UUID, Set<UUID>> where = new HashMap<>();
        List<UUID> unnamed = new ArrayList<>();
        for (Entry e : entries) {
            if (e.organizationId() != null) {
                where.put(e.id(), Set.of(e.organizationId()));
            } else if (e.personId() != null) {
                unnamed.add(e.personId());
            }
        }
        if (!unnamed.isEmpty()) {
            Map<UUID, List<Role>> roles = organizations.rolesOf(me.workspace(), unnamed);
            for (Entry e : entries) {
                if (e.organizationId() == null && e.personId() != null) {
                    Set<UUID> orgs = new HashSet<>();
                    roles.getOrDefault(e.personId(), List.of()).stream()
                            .filter(Role::isCurrent)
                            .forEach(r -> orgs.add(r.organizationId()));
                    where.put(e.id(), orgs);
                }
            }
        }
        return where;
    }
}
