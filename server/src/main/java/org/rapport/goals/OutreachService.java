package org.rapport.goals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.encounters.Channel;
import org.rapport.encounters.EncounterDraft;
import org.rapport.encounters.EncounterService;
import org.rapport.encounters.ExchangeType;
import org.rapport.followups.FollowUpDraft;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.followups.FollowUpType;
import org.rapport.goals.GoalDrafts.EntryDraft;
import org.rapport.organizations.OrganizationService;
import org.rapport.organizations.Role;
import org.rapport.people.Kind;
import org.rapport.people.PersonDraft;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asking for advice, not a job: logs the requests the member sent (as job-search encounters
 * awaiting a reply), their replies and the one follow-up, and what an advice conversation sets
 * in motion: a thank-you within a day, a report back in 14 days, and the people they suggested.
 */
@Service
public class OutreachService {
    static final int REPORT_BACK_DAYS = 14;

    private final GoalService goals;
    private final OutreachRepository outreach;
    private final EncounterService encounters;
    private final FollowUpService followUps;
    private final PersonService people;
    private final OrganizationService organizations;
    private final ChangeLog changeLog;
    private final Clock clock;

    OutreachService(
            GoalService goals,
            OutreachRepository outreach,
            EncounterService encounters,
            FollowUpService followUps,
            PersonService people,
            OrganizationService organizations,
            ChangeLog changeLog,
            Clock clock) {
        this.goals = goals;
        this.outreach = outreach;
        this.encounters = encounters;
        this.followUps = followUps;
        this.people = people;
        this.organizations = organizations;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Someone the advisor suggested talking to next, and where they work. */
    public record Suggested(@Nullable String name, @Nullable String organization) {}

    public record Conversation(UUID encounterId, List<UUID> introducedPeople) {}

    public List<Outreach> ofGoal(CurrentMember me, UUID goalId) {
        goals.get(me, goalId);
        return outreach.ofGoal(me, goalId);
    }

    public Outreach get(CurrentMember me, UUID goalId, UUID id) {
        goals.get(me, goalId);
        return outreach.find(me, goalId, id).orElseThrow(() -> new NotFoundException("outreach", id));
    }

    /** Logs an advice request the member sent themselves; the person enters the pipeline as contacted. */
    @Transactional
    public Outreach logSent(CurrentMember me, UUID goalId, @Nullable UUID personId, @Nullable String message) {
        Goal goal = goals.get(me, goalId);
        var problems = new ValidationException.Collector();
        if (goal.kind() != GoalKind.JOB_SEARCH) {
            problems.add("goal", "advice requests belong to a job search");
        }
        if (personId == null) {
            problems.add("personId", "is required");
        } else if (people.existing(me.workspace(), List.of(personId)).isEmpty()) {
            problems.add("personId", "is not a person in this workspace");
        }
        String text = GoalService.trim(message);
        if (text == null) {
            problems.add("message", "is required: the message you sent");
        } else if (text.length() > 20_000) {
            problems.add("message", "must be at most 20000 characters");
        }
        problems.throwIfAny();
        UUID person = Objects.requireNonNull(personId);
        UUID organizationId = organizationOf(me, goalId, person);
        String name = people.displayNames(me.workspace(), List.of(person)).getOrDefault(person, "them");
        UUID encounterId = logEncounter(me, person, "Asked " + name + " for advice (awaiting a reply)", text);
        var sent = new Outreach(
                Ids.newId(),
                goalId,
                person,
                organizationId,
                encounterId,
                Objects.requireNonNull(text),
                clock.instant(),
                null,
                null);
        outreach.insert(me, sent);
        var entry = goals.entryFor(me, goalId, person);
        if (entry.isEmpty()) {
            goals.addEntry(
                    me, goalId, new EntryDraft(person, organizationId, Stage.CONTACTED, "advice request", null, null));
        } else if (entry.get().stage() == Stage.IDENTIFIED) {
            goals.move(me, goalId, entry.get().id(), Stage.CONTACTED);
        }
        changeLog.record(me.workspace().value(), "goal", goalId, ChangeLog.Operation.UPDATE, me.memberId());
        return get(me, goalId, sent.id());
    }

    @Transactional
    public Outreach markReplied(CurrentMember me, UUID goalId, UUID id, @Nullable Instant at) {
        Outreach o = get(me, goalId, id);
        Instant when = at == null ? clock.instant() : at;
        if (when.isBefore(o.sentAt())) {
            throw ValidationException.of("repliedAt", "cannot be before the request was sent");
        }
        outreach.markReplied(me, goalId, id, when);
        changeLog.record(me.workspace().value(), "goal", goalId, ChangeLog.Operation.UPDATE, me.memberId());
        return get(me, goalId, id);
    }

    /** The one follow-up of the routine, sent by the member: logged, and the routine stops for this request. */
    @Transactional
    public Outreach logFollowUp(CurrentMember me, UUID goalId, UUID id, @Nullable String message) {
        Outreach o = get(me, goalId, id);
        if (o.followedUpAt() != null) {
            throw ValidationException.of(
                    "outreach", "was followed up already: the routine asks for one follow-up only");
        }
        String name = people.displayNames(me.workspace(), List.of(o.personId())).getOrDefault(o.personId(), "them");
        String text = GoalService.trim(message);
        logEncounter(me, o.personId(), "Followed up with " + name + " on the advice request", text);
        outreach.markFollowedUp(me, goalId, id, clock.instant());
        changeLog.record(me.workspace().value(), "goal", goalId, ChangeLog.Operation.UPDATE, me.memberId());
        return get(me, goalId, id);
    }

    /**
     * An advice conversation with someone in the pipeline: logged as a job-search encounter with the
     * advice received (so a thank-you is due the next day), a report-back follow-up in 14 days, and
     * each person they suggested added, introduced by them, as identified.
     */
    @Transactional
    public Conversation adviceConversation(
            CurrentMember me, UUID goalId, UUID entryId, @Nullable String notes, List<Suggested> whoElse) {
        Entry entry = goals.entry(me, goalId, entryId);
        var problems = new ValidationException.Collector();
        if (entry.isOrganization()) {
            throw ValidationException.of("entryId", "is an organization; log a conversation with a person there");
        }
        for (int i = 0; i < whoElse.size(); i++) {
            Suggested s = whoElse.get(i);
            if (s == null || GoalService.trim(s.name()) == null) {
                problems.add("whoElse[" + i + "].name", "is required");
            }
        }
        if (notes != null && notes.length() > 100_000) {
            problems.add("notes", "must be at most 100000 characters");
        }
        problems.throwIfAny();
        UUID advisor = java.util.Objects.requireNonNull(entry.personId());
        String name = people.displayNames(me.workspace(), List.of(advisor)).getOrDefault(advisor, "them");
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID encounterId = encounters
                .log(
                        me,
                        new EncounterDraft(
                                now,
                                Channel.CALL,
                                Kind.JOB_SEARCH,
                                "Advice conversation with " + name,
                                null,
                                GoalService.trim(notes),
                                List.of(),
                                List.of(advisor),
                                List.of(),
                                List.of(new EncounterDraft.ExchangeDraft(
                                        ExchangeType.ADVICE, "their advice", advisor))))
                .id();
        LocalDate today = now.toLocalDate();
        followUps.create(
                me,
                new FollowUpDraft(
                        advisor,
                        encounterId,
                        FollowUpType.CHECK_IN,
                        "Report back to " + name + " on how their advice helped",
                        null,
                        today.plusDays(REPORT_BACK_DAYS),
                        FollowUpStatus.OPEN));
        outreach.ofGoal(me, goalId).stream()
                .filter(o -> o.personId().equals(advisor) && o.repliedAt() == null)
                .forEach(o -> outreach.markReplied(me, goalId, o.id(), now.toInstant()));
        if (entry.stage() == Stage.IDENTIFIED || entry.stage() == Stage.CONTACTED) {
            goals.move(me, goalId, entryId, Stage.CONVERSATION_HELD);
        }
        List<UUID> introduced = new ArrayList<>();
        for (Suggested s : whoElse) {
            introduced.add(introduce(me, goalId, advisor, s));
        }
        return new Conversation(encounterId, introduced);
    }

    private UUID introduce(CurrentMember me, UUID goalId, UUID advisor, Suggested s) {
        String organization = GoalService.trim(s.organization());
        var draft = PersonDraft.named(
                        Objects.requireNonNull(GoalService.trim(s.name())), organization, Set.of(Kind.JOB_SEARCH))
                .met("Suggested in an advice conversation", advisor);
        UUID person = people.create(me, draft).id();
        goals.addEntry(
                me,
                goalId,
                new EntryDraft(
                        person, organizationOf(me, goalId, person), Stage.IDENTIFIED, "introduced", advisor, null));
        return person;
    }

    private UUID logEncounter(CurrentMember me, UUID person, String title, @Nullable String notes) {
        return encounters
                .log(
                        me,
                        new EncounterDraft(
                                OffsetDateTime.now(clock),
                                Channel.EMAIL,
                                Kind.JOB_SEARCH,
                                title,
                                null,
                                notes,
                                List.of(),
                                List.of(person),
                                List.of(),
                                List.of()))
                .id();
    }

    /** Where the person works now, preferring an organization this goal targets. */
    private @Nullable UUID organizationOf(CurrentMember me, UUID goalId, UUID person) {
        List<Role> current =
                organizations.rolesOf(me.workspace(), List.of(person)).getOrDefault(person, List.of()).stream()
                        .filter(Role::isCurrent)
                        .toList();
        Set<UUID> targeted = goals.targets(me, goalId).stream()
                .map(Target::organizationId)
                .collect(java.util.stream.Collectors.toSet());
        return current.stream()
                .map(Role::organizationId)
                .filter(targeted::contains)
                .findFirst()
                .orElse(current.isEmpty() ? null : current.get(0).organizationId());
    }
}
