package org.rapport.followups;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.rapport.db.WorkspaceId;
import org.rapport.people.PersonService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A member's follow-ups. They are private to the member who owns them. */
@Service
public class FollowUpService {
    private final FollowUpRepository followUps;
    private final PersonService people;
    private final ChangeLog changeLog;
    // Looked up when used: the modules behind it depend on this service.
    private final ObjectProvider<AutomaticFollowUps> automatic;
    // Set while the automatic follow-ups are being ensured, whose own reads must not start it again.
    private final ThreadLocal<Boolean> ensuring = ThreadLocal.withInitial(() -> false);

    FollowUpService(
            FollowUpRepository followUps,
            PersonService people,
            ChangeLog changeLog,
            ObjectProvider<AutomaticFollowUps> automatic) {
        this.followUps = followUps;
        this.people = people;
        this.changeLog = changeLog;
        this.automatic = automatic;
    }

    public record Query(
            @Nullable FollowUpStatus status,
            @Nullable LocalDate dueBefore,
            @Nullable UUID personId,
            @Nullable UUID encounterId,
            @Nullable FollowUpType type) {

        public Query(
                @Nullable FollowUpStatus status,
                @Nullable LocalDate dueBefore,
                @Nullable UUID personId,
                @Nullable UUID encounterId) {
            this(status, dueBefore, personId, encounterId, null);
        }
    }

    /**
     * The member's follow-ups. Read outside a transaction (a page, the API, a feed), it first lets
     * the {@link AutomaticFollowUps} create theirs, so a birthday's follow-up exists without anyone asking.
     */
    public PageResponse<FollowUp> list(CurrentMember me, Query query, PageRequest page) {
        if (!ensuring.get() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            ensuring.set(true);
            try {
                automatic.orderedStream().forEach(a -> a.ensure(me));
            } finally {
                ensuring.set(false);
            }
        }
        var filter = new FollowUpRepository.Filter(
                query.status(), query.dueBefore(), query.personId(), query.encounterId(), query.type());
        return new PageResponse<>(
                followUps.list(me, filter, page.size(), page.offset()),
                page.page(),
                page.size(),
                followUps.count(me, filter));
    }

    public FollowUp get(CurrentMember me, UUID id) {
        return followUps.find(me, id).orElseThrow(() -> new NotFoundException("follow-up", id));
    }

    @Transactional
    public FollowUp create(CurrentMember me, FollowUpDraft draft) {
        var problems = new ValidationException.Collector();
        if (draft.type() == null) {
            problems.add("type", "is required");
        }
        checkPerson(me, draft.personId(), problems);
        String title = trim(draft.title());
        if (title == null && draft.personId() != null && draft.type() != null) {
            title = defaultTitle(
                    draft.type(),
                    people.displayNames(me.workspace(), List.of(draft.personId()))
                            .getOrDefault(draft.personId(), "them"));
        }
        checkText(title, draft.notes(), problems);
        problems.throwIfAny();
        Instant now = Instant.now();
        FollowUpStatus status = draft.status() == null ? FollowUpStatus.OPEN : draft.status();
        var followUp = new FollowUp(
                Ids.newId(),
                draft.personId(),
                draft.encounterId(),
                draft.type(),
                title,
                trim(draft.notes()),
                draft.dueOn() == null ? LocalDate.now() : draft.dueOn(),
                status,
                FollowUpOrigin.MANUAL,
                status == FollowUpStatus.OPEN ? null : now,
                now,
                now,
                1);
        try {
            followUps.insert(me, followUp);
        } catch (DataIntegrityViolationException e) {
            throw ValidationException.of("encounterId", "is not an encounter in this workspace");
        }
        changeLog.record(me.workspace().value(), "follow_up", followUp.id(), ChangeLog.Operation.CREATE, me.memberId());
        return get(me, followUp.id());
    }

    /** Replaces the follow-up's fields with the draft's; {@code expectedVersion} null means last write wins. */
    @Transactional
    public FollowUp update(CurrentMember me, UUID id, FollowUpDraft draft, @Nullable Long expectedVersion) {
        FollowUp current = get(me, id);
        var problems = new ValidationException.Collector();
        if (draft.type() == null) {
            problems.add("type", "is required");
        }
        if (draft.dueOn() == null) {
            problems.add("dueOn", "is required");
        }
        if (draft.status() == null) {
            problems.add("status", "is required");
        }
        checkPerson(me, draft.personId(), problems);
        String title = trim(draft.title());
        checkText(title, draft.notes(), problems);
        problems.throwIfAny();
        Instant now = Instant.now();
        Instant completedAt = draft.status() == FollowUpStatus.OPEN
                ? null
                : current.status() == draft.status() ? current.completedAt() : now;
        var changed = new FollowUp(
                id,
                draft.personId(),
                draft.encounterId(),
                draft.type(),
                title,
                trim(draft.notes()),
                draft.dueOn(),
                draft.status(),
                current.origin(),
                completedAt,
                current.createdAt(),
                now,
                current.version());
        boolean updated;
        try {
            updated = followUps.update(me, changed, expectedVersion);
        } catch (DataIntegrityViolationException e) {
            throw ValidationException.of("encounterId", "is not an encounter in this workspace");
        }
        if (!updated) {
            throw ConflictException.staleVersion("follow-up", expectedVersion == null ? -1 : expectedVersion);
        }
        changeLog.record(me.workspace().value(), "follow_up", id, ChangeLog.Operation.UPDATE, me.memberId());
        return get(me, id);
    }

    /** Marks a follow-up done (the one-click action of Today and the CLI). */
    @Transactional
    public FollowUp complete(CurrentMember me, UUID id) {
        return changeStatus(me, id, FollowUpStatus.DONE, null);
    }

    @Transactional
    public FollowUp dismiss(CurrentMember me, UUID id) {
        return changeStatus(me, id, FollowUpStatus.DISMISSED, null);
    }

    /** Moves the due date {@code days} from today (or from its due date, if that is later) and keeps it open. */
    @Transactional
    public FollowUp snooze(CurrentMember me, UUID id, int days) {
        FollowUp current = get(me, id);
        LocalDate from = current.dueOn().isAfter(LocalDate.now()) ? current.dueOn() : LocalDate.now();
        return changeStatus(me, id, FollowUpStatus.OPEN, from.plusDays(days));
    }

    private FollowUp changeStatus(CurrentMember me, UUID id, FollowUpStatus status, @Nullable LocalDate dueOn) {
        FollowUp f = get(me, id);
        return update(
                me,
                id,
                new FollowUpDraft(
                        f.personId(),
                        f.encounterId(),
                        f.type(),
                        f.title(),
                        f.notes(),
                        dueOn == null ? f.dueOn() : dueOn,
                        status),
                null);
    }

    @Transactional
    public void delete(CurrentMember me, UUID id) {
        if (!followUps.delete(me, id)) {
            throw new NotFoundException("follow-up", id);
        }
        changeLog.record(me.workspace().value(), "follow_up", id, ChangeLog.Operation.DELETE, me.memberId());
    }

    /**
     * After something was received: a thank-you for the giver, due {@code dueOn}, unless one is
     * already open for them. A giver who is not known ({@code personId} null) gets one per encounter.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void ensureThankYou(
            CurrentMember me, @Nullable UUID personId, UUID encounterId, @Nullable String what, LocalDate dueOn) {
        if (followUps.openThankYouExists(me, personId, encounterId)) {
            return;
        }
        String name = personId == null
                ? null
                : people.displayNames(me.workspace(), List.of(personId)).get(personId);
        String title = (name == null ? "Say thank you" : "Thank " + name)
                + (what == null || what.isBlank() ? "" : " for " + what.strip());
        if (title.length() > 300) {
            title = title.substring(0, 299) + "…";
        }
        insertAutomatic(me, personId, encounterId, FollowUpType.THANK_YOU, title, dueOn);
    }

    /** A follow-up the member did not ask for (origin automatic); the caller decided it is not there yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public FollowUp createAutomatic(CurrentMember me, UUID personId, FollowUpType type, String title, LocalDate dueOn) {
        return insertAutomatic(me, personId, null, type, title, dueOn);
    }

    private FollowUp insertAutomatic(
            CurrentMember me,
            @Nullable UUID personId,
            @Nullable UUID encounterId,
            FollowUpType type,
            String title,
            LocalDate dueOn) {
        Instant now = Instant.now();
        var followUp = new FollowUp(
                Ids.newId(),
                personId,
                encounterId,
                type,
                title,
                null,
                dueOn,
                FollowUpStatus.OPEN,
                FollowUpOrigin.AUTOMATIC,
                null,
                now,
                now,
                1);
        followUps.insert(me, followUp);
        changeLog.record(me.workspace().value(), "follow_up", followUp.id(), ChangeLog.Operation.CREATE, me.memberId());
        return followUp;
    }

    /** An encounter is going: its follow-ups stay, no longer pointing at it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void detachEncounter(WorkspaceId ws, UUID encounterId) {
        followUps.detachEncounter(ws, encounterId);
    }

    static String defaultTitle(FollowUpType type, String name) {
        return switch (type) {
            case THANK_YOU -> "Thank " + name;
            case DELIVER -> "Send " + name + " what you promised";
            case CHECK_IN -> "Check in with " + name;
            case INTRODUCE -> "Make the introduction for " + name;
            case OTHER -> "Follow up with " + name;
        };
    }

    private void checkPerson(CurrentMember me, @Nullable UUID personId, ValidationException.Collector problems) {
        if (personId != null
                && people.existing(me.workspace(), List.of(personId)).isEmpty()) {
            problems.add("personId", "is not a person in this workspace");
        }
    }

    private static void checkText(
            @Nullable String title, @Nullable String notes, ValidationException.Collector problems) {
        if (title == null) {
            problems.add("title", "is required (or give a personId and Rapport words it)");
        } else if (title.length() > 300) {
            problems.add("title", "must be at most 300 characters");
        }
        if (notes != null && notes.length() > 10_000) {
            problems.add("notes", "must be at most 10000 characters");
        }
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
