package org.rapport.goals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.goals.GoalDrafts.EntryDraft;
import org.rapport.goals.GoalDrafts.GoalDraft;
import org.rapport.goals.GoalDrafts.TargetDraft;
import org.rapport.organizations.OrganizationService;
import org.rapport.people.PersonDeleted;
import org.rapport.people.PersonService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's goals, their target organizations and the people moving through their pipelines.
 * Every stage move is recorded with its time; a won prospect with a referrer credits the referrer.
 */
@Service
public class GoalService {
    static final int DEFAULT_STALE_DAYS = 14;

    private final GoalRepository goals;
    private final PipelineRepository pipeline;
    private final OrganizationService organizations;
    private final PersonService people;
    private final ReferralCredit referralCredit;
    private final TargetProgress targetProgress;
    private final TargetStageRepository targetStages;
    private final ChangeLog changeLog;
    private final Clock clock;

    GoalService(
            GoalRepository goals,
            PipelineRepository pipeline,
            OrganizationService organizations,
            PersonService people,
            ReferralCredit referralCredit,
            TargetProgress targetProgress,
            TargetStageRepository targetStages,
            ChangeLog changeLog,
            Clock clock) {
        this.goals = goals;
        this.pipeline = pipeline;
        this.organizations = organizations;
        this.people = people;
        this.referralCredit = referralCredit;
        this.targetProgress = targetProgress;
        this.targetStages = targetStages;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public Goal get(CurrentMember me, UUID id) {
        return goals.find(me, id).orElseThrow(() -> new NotFoundException("goal", id));
    }

    public PageResponse<Goal> list(CurrentMember me, PageRequest page) {
        return new PageResponse<>(
                goals.list(me, page.size(), page.offset()), page.page(), page.size(), goals.count(me));
    }

    @Transactional
    public Goal create(CurrentMember me, GoalDraft draft) {
        var problems = new ValidationException.Collector();
        if (draft.kind() == null) {
            problems.add("kind", "is required: one of job_search, business");
        }
        checkGoal(draft, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        var goal = new Goal(
                Ids.newId(),
                me.memberId(),
                Objects.requireNonNull(draft.kind()),
                Objects.requireNonNull(trim(draft.title())),
                trim(draft.notes()),
                draft.staleAfterDays() == null ? DEFAULT_STALE_DAYS : draft.staleAfterDays(),
                now,
                now,
                1);
        goals.insert(me, goal);
        record(me, "goal", goal.id(), ChangeLog.Operation.CREATE);
        return get(me, goal.id());
    }

    /** Changes title, notes and the stale limit; the kind of a goal never changes. */
    @Transactional
    public Goal update(CurrentMember me, UUID id, GoalDraft draft, long version) {
        Goal current = get(me, id);
        var problems = new ValidationException.Collector();
        if (draft.kind() != null && draft.kind() != current.kind()) {
            problems.add("kind", "cannot change; start a new goal instead");
        }
        checkGoal(draft, problems);
        problems.throwIfAny();
        int stale = draft.staleAfterDays() == null ? DEFAULT_STALE_DAYS : draft.staleAfterDays();
        if (!goals.update(
                me,
                id,
                Objects.requireNonNull(trim(draft.title())),
                trim(draft.notes()),
                stale,
                version,
                clock.instant())) {
            throw ConflictException.staleVersion("goal", version);
        }
        record(me, "goal", id, ChangeLog.Operation.UPDATE);
        return get(me, id);
    }

    @Transactional
    public void delete(CurrentMember me, UUID id) {
        if (!goals.delete(me, id)) {
            throw new NotFoundException("goal", id);
        }
        record(me, "goal", id, ChangeLog.Operation.DELETE);
    }

    public List<Target> targets(CurrentMember me, UUID goalId) {
        get(me, goalId);
        return goals.targets(me, goalId);
    }

    @Transactional
    public Target addTarget(CurrentMember me, UUID goalId, TargetDraft draft) {
        Goal goal = get(me, goalId);
        var problems = new ValidationException.Collector();
        if (goal.kind() != GoalKind.JOB_SEARCH) {
            problems.add("goal", "only a job search has target organizations; a business goal has prospects");
        }
        if (draft.organizationId() == null && trim(draft.organizationName()) == null) {
            problems.add("organizationName", "is required (or give organizationId)");
        } else if (draft.organizationId() != null
                && organizations.find(me, draft.organizationId()).isEmpty()) {
            problems.add("organizationId", "is not an organization in this workspace");
        }
        checkTarget(draft, problems);
        problems.throwIfAny();
        UUID organizationId = draft.organizationId() != null
                ? draft.organizationId()
                : organizationNamed(me, Objects.requireNonNull(trim(draft.organizationName())));
        if (goals.targets(me, goalId).stream().anyMatch(t -> t.organizationId().equals(organizationId))) {
            throw ValidationException.of("organizationId", "is already a target of this goal");
        }
        Instant now = clock.instant();
        var target = new Target(
                Ids.newId(),
                goalId,
                organizationId,
                "",
                draft.motivation() == null ? 2 : draft.motivation(),
                Boolean.TRUE.equals(draft.posting()),
                roles(draft.roles()),
                trim(draft.notes()),
                now,
                Stage.IDENTIFIED,
                now);
        goals.insertTarget(me, target);
        targetProgress.added(me, target);
        targetProgress.catchUp(me, target(me, goalId, target.id()));
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
        return target(me, goalId, target.id());
    }

    @Transactional
    public Target updateTarget(CurrentMember me, UUID goalId, UUID targetId, TargetDraft draft) {
        Target current = target(me, goalId, targetId);
        var problems = new ValidationException.Collector();
        checkTarget(draft, problems);
        problems.throwIfAny();
        goals.updateTarget(
                me,
                new Target(
                        targetId,
                        goalId,
                        current.organizationId(),
                        current.organizationName(),
                        draft.motivation() == null ? current.motivation() : draft.motivation(),
                        draft.posting() == null ? current.posting() : draft.posting(),
                        roles(draft.roles()),
                        trim(draft.notes()),
                        current.createdAt(),
                        current.stage(),
                        current.stageSince()));
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
        return target(me, goalId, targetId);
    }

    /**
     * Moves a target organization by hand to any stage of the job-search line (backwards too),
     * recorded with the clock's time; its people moving further later still push it on.
     */
    @Transactional
    public Target moveTarget(CurrentMember me, UUID goalId, UUID targetId, @Nullable Stage stage) {
        Target current = target(me, goalId, targetId);
        if (stage == null || !stage.belongsTo(GoalKind.JOB_SEARCH)) {
            throw ValidationException.of(
                    "stage",
                    (stage == null ? "is required: " : "must be ") + "one of " + Stage.allowed(GoalKind.JOB_SEARCH));
        }
        targetProgress.moveByHand(me, current, stage);
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
        return target(me, goalId, targetId);
    }

    /** Every move of the goal's targets, oldest first. */
    public List<TargetMove> targetMoves(CurrentMember me, UUID goalId) {
        get(me, goalId);
        return targetStages.moves(me, goalId);
    }

    @Transactional
    public void removeTarget(CurrentMember me, UUID goalId, UUID targetId) {
        get(me, goalId);
        if (!goals.deleteTarget(me, goalId, targetId)) {
            throw new NotFoundException("target", targetId);
        }
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
    }

    public Target target(CurrentMember me, UUID goalId, UUID targetId) {
        return targets(me, goalId).stream()
                .filter(t -> t.id().equals(targetId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("target", targetId));
    }

    public List<Entry> entries(CurrentMember me, UUID goalId) {
        get(me, goalId);
        return pipeline.entries(me, goalId);
    }

    public List<StageMove> moves(CurrentMember me, UUID goalId) {
        get(me, goalId);
        return pipeline.moves(me, goalId);
    }

    public Entry entry(CurrentMember me, UUID goalId, UUID entryId) {
        get(me, goalId);
        return pipeline.find(me, goalId, entryId).orElseThrow(() -> new NotFoundException("entry", entryId));
    }

    public java.util.Optional<Entry> entryFor(CurrentMember me, UUID goalId, UUID personId) {
        get(me, goalId);
        return pipeline.findByPerson(me, goalId, personId);
    }

    /**
     * Puts a person into the pipeline, in the first stage unless another is given. A new-business
     * goal also takes an organization as the prospect: organizationId without personId.
     */
    @Transactional
    public Entry addEntry(CurrentMember me, UUID goalId, EntryDraft draft) {
        Goal goal = get(me, goalId);
        var problems = new ValidationException.Collector();
        if (draft.personId() == null) {
            if (goal.kind() != GoalKind.BUSINESS) {
                problems.add("personId", "is required");
            } else if (draft.organizationId() == null) {
                problems.add("personId", "is required (or organizationId alone, for an organization as the prospect)");
            } else if (pipeline.findByOrganization(me, goalId, draft.organizationId())
                    .isPresent()) {
                problems.add("organizationId", "is already a prospect of this goal");
            }
        } else if (people.existing(me.workspace(), List.of(draft.personId())).isEmpty()) {
            problems.add("personId", "is not a person in this workspace");
        } else if (pipeline.findByPerson(me, goalId, draft.personId()).isPresent()) {
            problems.add("personId", "is already in this goal's pipeline");
        }
        checkEntry(me, goal, draft, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        var entry = new Entry(
                Ids.newId(),
                goalId,
                draft.personId(),
                draft.organizationId(),
                draft.stage() == null ? goal.kind().firstStage() : draft.stage(),
                now,
                trim(draft.source()),
                draft.referredById(),
                draft.valueCents(),
                now,
                now,
                1);
        pipeline.insert(me, entry);
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
        Entry added = entry(me, goalId, entry.id());
        referralCredit.creditIfWon(me, goal, null, added);
        targetProgress.follow(me, goal, added);
        return added;
    }

    /** Changes an entry; a new stage is a move, recorded with the clock's time. The person never changes. */
    @Transactional
    public Entry updateEntry(CurrentMember me, UUID goalId, UUID entryId, EntryDraft draft, long version) {
        Goal goal = get(me, goalId);
        Entry current = entry(me, goalId, entryId);
        var problems = new ValidationException.Collector();
        if (current.isOrganization()) {
            if (draft.personId() != null) {
                problems.add("personId", "cannot be set: this prospect is an organization");
            }
            if (!Objects.equals(current.organizationId(), draft.organizationId())) {
                problems.add("organizationId", "cannot change: it is the prospect; remove the entry and add the other");
            }
        } else if (draft.personId() != null && !draft.personId().equals(current.personId())) {
            problems.add("personId", "cannot change; remove the entry and add the other person");
        }
        checkEntry(me, goal, draft, problems);
        problems.throwIfAny();
        Instant now = clock.instant();
        Stage stage = draft.stage() == null ? current.stage() : draft.stage();
        var changed = new Entry(
                entryId,
                goalId,
                current.personId(),
                draft.organizationId(),
                stage,
                stage == current.stage() ? current.stageSince() : now,
                trim(draft.source()),
                draft.referredById(),
                draft.valueCents(),
                current.createdAt(),
                now,
                version);
        if (!pipeline.update(me, changed, current.stage(), version)) {
            throw ConflictException.staleVersion("entry", version);
        }
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
        Entry updated = entry(me, goalId, entryId);
        referralCredit.creditIfWon(me, goal, current.stage(), updated);
        // A move, or the person now counted at another organization: its targets may follow.
        if (updated.stage() != current.stage() || !Objects.equals(updated.organizationId(), current.organizationId())) {
            targetProgress.follow(me, goal, updated);
        }
        return updated;
    }

    /** Moves an entry to a stage, keeping everything else (the one-click move of the board). */
    @Transactional
    public Entry move(CurrentMember me, UUID goalId, UUID entryId, Stage stage) {
        Entry e = entry(me, goalId, entryId);
        return updateEntry(
                me,
                goalId,
                entryId,
                new EntryDraft(e.personId(), e.organizationId(), stage, e.source(), e.referredById(), e.valueCents()),
                e.version());
    }

    @Transactional
    public void removeEntry(CurrentMember me, UUID goalId, UUID entryId) {
        get(me, goalId);
        if (!pipeline.delete(me, goalId, entryId)) {
            throw new NotFoundException("entry", entryId);
        }
        record(me, "goal", goalId, ChangeLog.Operation.UPDATE);
    }

    @EventListener
    void onPersonDeleted(PersonDeleted event) {
        pipeline.forgetReferrer(event.workspace(), event.personId());
    }

    private void checkEntry(CurrentMember me, Goal goal, EntryDraft d, ValidationException.Collector problems) {
        if (d.stage() != null && !d.stage().belongsTo(goal.kind())) {
            problems.add("stage", "must be one of " + Stage.allowed(goal.kind()));
        }
        if (d.organizationId() != null
                && organizations.find(me, d.organizationId()).isEmpty()) {
            problems.add("organizationId", "is not an organization in this workspace");
        }
        if (d.referredById() != null) {
            if (people.existing(me.workspace(), List.of(d.referredById())).isEmpty()) {
                problems.add("referredById", "is not a person in this workspace");
            } else if (d.referredById().equals(d.personId())) {
                problems.add("referredById", "cannot be the prospect themselves");
            }
        }
        if (d.valueCents() != null && d.valueCents() < 0) {
            problems.add("valueCents", "must be 0 or more");
        }
        if (d.source() != null && d.source().length() > 200) {
            problems.add("source", "must be at most 200 characters");
        }
    }

    private static void checkGoal(GoalDraft d, ValidationException.Collector problems) {
        String title = trim(d.title());
        if (title == null) {
            problems.add("title", "is required");
        } else if (title.length() > 200) {
            problems.add("title", "must be at most 200 characters");
        }
        if (d.notes() != null && d.notes().length() > 10_000) {
            problems.add("notes", "must be at most 10000 characters");
        }
        if (d.staleAfterDays() != null && (d.staleAfterDays() < 1 || d.staleAfterDays() > 365)) {
            problems.add("staleAfterDays", "must be between 1 and 365");
        }
    }

    private static void checkTarget(TargetDraft d, ValidationException.Collector problems) {
        if (d.motivation() != null && (d.motivation() < 1 || d.motivation() > 3)) {
            problems.add("motivation", "must be 1, 2 or 3");
        }
        for (int i = 0; i < d.roles().size(); i++) {
            String role = d.roles().get(i);
            if (role == null || role.isBlank() || role.length() > 200) {
                problems.add("roles[" + i + "]", "must be 1 to 200 characters");
            }
        }
        if (d.roles().size() > 20) {
            problems.add("roles", "must have at most 20 entries");
        }
        if (d.notes() != null && d.notes().length() > 10_000) {
            problems.add("notes", "must be at most 10000 characters");
        }
    }

    /** The organization with exactly this name (any case), else a new one. */
    UUID organizationNamed(CurrentMember me, String name) {
        return organizations.list(me, name, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(o -> o.name().equalsIgnoreCase(name))
                .findFirst()
                .map(o -> o.id())
                .orElseGet(() -> organizations
                        .create(me, new OrganizationService.OrganizationDraft(name, null, null))
                        .id());
    }

    private static List<String> roles(List<String> roles) {
        return roles.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .distinct()
                .toList();
    }

    private void record(CurrentMember me, String entity, UUID id, ChangeLog.Operation op) {
        changeLog.record(me.workspace().value(), entity, id, op, me.memberId());
    }

    static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
