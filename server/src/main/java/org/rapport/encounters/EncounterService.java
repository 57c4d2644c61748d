package org.rapport.encounters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.rapport.followups.FollowUpService;
import org.rapport.people.Kind;
import org.rapport.people.PersonDeleted;
import org.rapport.people.PersonService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs encounters and keeps what follows from them true: each participant's last contact (and so
 * their next contact due), and a thank-you follow-up for whoever gave something.
 */
@Service
public class EncounterService {
    static final int MAX_PARTICIPANTS = 500;
    static final int MAX_TOPICS = 50;

    private final EncounterRepository encounters;
    private final PersonService people;
    private final FollowUpService followUps;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    EncounterService(
            EncounterRepository encounters,
            PersonService people,
            FollowUpService followUps,
            ChangeLog changeLog,
            ApplicationEventPublisher events) {
        this.encounters = encounters;
        this.people = people;
        this.followUps = followUps;
        this.changeLog = changeLog;
        this.events = events;
    }

    public record Query(
            @Nullable UUID personId,
            @Nullable Kind kind,
            @Nullable Instant from,
            @Nullable Instant to) {}

    public PageResponse<Encounter> list(CurrentMember me, Query query, PageRequest page) {
        var filter = new EncounterRepository.Filter(query.personId(), query.kind(), query.from(), query.to());
        return new PageResponse<>(
                encounters.list(me, filter, page.size(), page.offset()),
                page.page(),
                page.size(),
                encounters.count(me, filter));
    }

    public Encounter get(CurrentMember me, UUID id) {
        return encounters.find(me, id).orElseThrow(() -> new NotFoundException("encounter", id));
    }

    /** The give-and-take with one person, newest first. */
    public List<PersonExchange> exchangesWith(CurrentMember me, UUID personId) {
        return encounters.exchangesWith(me, personId);
    }

    @Transactional
    public Encounter log(CurrentMember me, EncounterDraft draft) {
        Instant now = Instant.now();
        Encounter encounter = validated(me, Ids.newId(), draft, now, now, 1);
        encounters.insert(me, encounter);
        changeLog.record(
                me.workspace().value(), "encounter", encounter.id(), ChangeLog.Operation.CREATE, me.memberId());
        refreshLastContact(me, encounter.participantIds());
        owedThankYous(me, encounter);
        return get(me, encounter.id());
    }

    @Transactional
    public Encounter update(CurrentMember me, UUID id, EncounterDraft draft, long expectedVersion) {
        Encounter current = get(me, id);
        Encounter changed = validated(me, id, draft, current.createdAt(), Instant.now(), expectedVersion);
        if (!encounters.update(me, changed, expectedVersion)) {
            throw ConflictException.staleVersion("encounter", expectedVersion);
        }
        changeLog.record(me.workspace().value(), "encounter", id, ChangeLog.Operation.UPDATE, me.memberId());
        Set<UUID> affected = new LinkedHashSet<>(current.participantIds());
        affected.addAll(changed.participantIds());
        refreshLastContact(me, affected);
        owedThankYous(me, changed);
        return get(me, id);
    }

    @Transactional
    public void delete(CurrentMember me, UUID id) {
        Encounter current = get(me, id);
        followUps.detachEncounter(me.workspace(), id);
        encounters.delete(me, id);
        changeLog.record(me.workspace().value(), "encounter", id, ChangeLog.Operation.DELETE, me.memberId());
        events.publishEvent(new EncounterDeleted(me.workspace(), id));
        refreshLastContact(me, current.participantIds());
    }

    @EventListener
    void onPersonDeleted(PersonDeleted event) {
        encounters.forgetExchangePerson(event.workspace(), event.personId());
    }

    private void refreshLastContact(CurrentMember me, Iterable<UUID> personIds) {
        for (UUID personId : personIds) {
            people.setLastContact(
                    me, personId, encounters.lastEncounterWith(me, personId).orElse(null));
        }
    }

    /** Something received asks for thanks, the day after, from whoever gave it. */
    private void owedThankYous(CurrentMember me, Encounter e) {
        for (Exchange received : e.received()) {
            UUID giver = received.personId();
            if (giver == null && e.participantIds().size() == 1) {
                giver = e.participantIds().get(0);
            }
            followUps.ensureThankYou(
                    me,
                    giver,
                    e.id(),
                    received.description(),
                    e.occurredAt().toLocalDate().plusDays(1));
        }
    }

    private Encounter validated(
            CurrentMember me, UUID id, EncounterDraft d, Instant createdAt, Instant updatedAt, long version) {
        var problems = new ValidationException.Collector();
        if (d.occurredAt() == null) {
            problems.add("occurredAt", "is required (an ISO-8601 date-time with offset)");
        }
        if (d.kind() == null) {
            problems.add("kind", "is required: one of personal, professional, business, job_search");
        }
        List<UUID> participants =
                d.participantIds().stream().filter(Objects::nonNull).distinct().toList();
        if (participants.isEmpty()) {
            problems.add("participantIds", "must name at least one person");
        } else if (participants.size() > MAX_PARTICIPANTS) {
            problems.add("participantIds", "must name at most " + MAX_PARTICIPANTS + " people");
        }
        Set<UUID> mentioned = new HashSet<>(participants);
        d.gave().forEach(x -> addIfPresent(mentioned, x.personId()));
        d.received().forEach(x -> addIfPresent(mentioned, x.personId()));
        Set<UUID> known = people.existing(me.workspace(), mentioned);
        for (int i = 0; i < d.participantIds().size(); i++) {
            UUID p = d.participantIds().get(i);
            if (p != null && !known.contains(p)) {
                problems.add("participantIds[" + i + "]", "is not a person in this workspace");
            }
        }
        List<Exchange> gave = exchanges("gave", d.gave(), known, problems);
        List<Exchange> received = exchanges("received", d.received(), known, problems);
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < d.topics().size(); i++) {
            String t = trim(d.topics().get(i));
            if (t == null || t.length() > 100) {
                problems.add("topics[" + i + "]", "must be 1 to 100 characters");
            } else if (!topics.contains(t)) {
                topics.add(t);
            }
        }
        if (topics.size() > MAX_TOPICS) {
            problems.add("topics", "must have at most " + MAX_TOPICS + " entries");
        }
        maxLength("title", d.title(), 300, problems);
        maxLength("location", d.location(), 300, problems);
        maxLength("notes", d.notes(), 100_000, problems);
        problems.throwIfAny();
        // Millisecond precision is what both databases keep; cut here so the answer equals what is stored.
        OffsetDateTime at = Objects.requireNonNull(d.occurredAt()).truncatedTo(ChronoUnit.MILLIS);
        return new Encounter(
                id,
                me.memberId(),
                at,
                d.channel() == null ? Channel.IN_PERSON : d.channel(),
                Objects.requireNonNull(d.kind()),
                trim(d.title()),
                trim(d.location()),
                d.notes(),
                topics,
                participants,
                gave,
                received,
                createdAt,
                updatedAt,
                version);
    }

    private static List<Exchange> exchanges(
            String field,
            List<EncounterDraft.ExchangeDraft> drafts,
            Set<UUID> known,
            ValidationException.Collector problems) {
        List<Exchange> result = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            var x = drafts.get(i);
            String at = field + "[" + i + "]";
            if (x == null) {
                problems.add(at, "must be an object with type and description");
                continue;
            }
            if (x.type() == null) {
                problems.add(at + ".type", "is required");
            }
            if (x.personId() != null && !known.contains(x.personId())) {
                problems.add(at + ".personId", "is not a person in this workspace");
            }
            maxLength(at + ".description", x.description(), 2000, problems);
            if (x.type() != null) {
                result.add(new Exchange(x.type(), trim(x.description()), x.personId()));
            }
        }
        return result;
    }

    private static void addIfPresent(Set<UUID> set, @Nullable UUID id) {
        if (id != null) {
            set.add(id);
        }
    }

    private static void maxLength(
            String field, @Nullable String value, int max, ValidationException.Collector problems) {
        if (value != null && value.length() > max) {
            problems.add(field, "must be at most " + max + " characters");
        }
    }

    private static @Nullable String trim(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
