package org.rapport.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.db.Ids;
import org.rapport.encounters.Channel;
import org.rapport.encounters.Encounter;
import org.rapport.encounters.EncounterDraft;
import org.rapport.encounters.EncounterService;
import org.rapport.encounters.Exchange;
import org.rapport.people.ContactValue;
import org.rapport.people.Kind;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings become encounters of the importing member: the people are found by email; someone not
 * yet in the workspace is added with the name the calendar shows. An occurrence imported before
 * (same UID, and for a recurring meeting the same RECURRENCE-ID) is left as it is, unless this is a
 * later edit of it (a higher SEQUENCE, or the same one modified later): then it is updated.
 */
final class MeetingImport implements RecordSink {
    private static final int MAX_TITLE = 300;
    private static final int MAX_NOTES = 100_000;

    private final CurrentMember me;
    private final UUID importId;
    private final PersonBatch batch;
    private final EncounterService encounters;
    private final ImportRepository imports;
    private final Tally tally;
    private final PersonBatch.Index index;
    private final Map<String, UUID> sources;
    private final List<ImportRepository.Change> changes = new ArrayList<>();
    private final Map<String, UUID> newSources = new java.util.HashMap<>();
    private final Map<String, String> revisions;
    private final Map<String, String> newRevisions = new java.util.HashMap<>();
    /** Encounters updated by this import: one change each. */
    private final Set<UUID> touched = new java.util.HashSet<>();

    private final JsonMapper json;

    MeetingImport(
            CurrentMember me,
            UUID importId,
            PersonBatch batch,
            EncounterService encounters,
            ImportRepository imports,
            JsonMapper json,
            Tally tally) {
        this.me = me;
        this.importId = importId;
        this.batch = batch;
        this.encounters = encounters;
        this.imports = imports;
        this.tally = tally;
        this.index = batch.index(me.workspace());
        this.json = json;
        this.sources = imports.sources(me.workspace(), Format.ICS.wire(), true);
        this.revisions = imports.revisions(me.workspace(), Format.ICS.wire());
    }

    @Override
    public void person(ImportedPerson person) {
        throw new IllegalStateException("a calendar holds meetings");
    }

    @Override
    public void meeting(ImportedMeeting m) {
        String what = (m.title() == null ? "meeting" : m.title()) + " on "
                + m.occurredAt().toLocalDate();
        UUID known = sources.get(m.sourceKey());
        if (known != null) {
            if (m.revision().compareTo(revisions.getOrDefault(m.sourceKey(), "")) > 0 && touched.add(known)) {
                update(m, known, what);
            } else {
                tally.unchanged(m.line(), what);
            }
            return;
        }
        if (newSources.containsKey(m.sourceKey())) {
            tally.unchanged(m.line(), what);
            return;
        }
        if (m.attendees().isEmpty()) {
            tally.skipped(m.line(), what + ": nobody else took part");
            return;
        }
        List<UUID> participants = participants(m);
        if (participants.isEmpty()) {
            tally.skipped(m.line(), what + ": no attendee could be kept");
            return;
        }
        try {
            Encounter e = encounters.log(
                    me,
                    new EncounterDraft(
                            m.occurredAt(),
                            channel(m),
                            Kind.PROFESSIONAL,
                            cut(m.title(), MAX_TITLE),
                            cut(m.location(), MAX_TITLE),
                            cut(m.notes(), MAX_NOTES),
                            List.of(),
                            participants,
                            List.of(),
                            List.of()));
            changes.add(new ImportRepository.Change("encounter", e.id(), "created", null));
            newSources.put(m.sourceKey(), e.id());
            newRevisions.put(m.sourceKey(), m.revision());
            tally.created(m.line(), what);
        } catch (ValidationException e) {
            tally.skipped(m.line(), what + ": " + e.getMessage());
        }
    }

    /**
     * A later edit of a meeting imported before: its time, title, place and people follow the
     * calendar; what the member added (kind, topics, exchanges, notes they wrote) stays. The
     * encounter as it was is kept for undo.
     */
    private void update(ImportedMeeting m, UUID id, String what) {
        Encounter before;
        try {
            before = encounters.get(me, id);
        } catch (NotFoundException gone) {
            tally.unchanged(m.line(), what);
            return;
        }
        newRevisions.put(m.sourceKey(), m.revision());
        List<UUID> participants = participants(m);
        String notes = before.notes() == null ? cut(m.notes(), MAX_NOTES) : before.notes();
        // The same moment in another offset is no change.
        var at = m.occurredAt().isEqual(before.occurredAt()) ? before.occurredAt() : m.occurredAt();
        EncounterDraft now = new EncounterDraft(
                at,
                channel(m),
                before.kind(),
                cut(m.title(), MAX_TITLE),
                cut(m.location(), MAX_TITLE),
                notes,
                before.topics(),
                participants.isEmpty() ? before.participantIds() : participants,
                drafts(before.gave()),
                drafts(before.received()));
        EncounterDraft was = draftOf(before);
        if (now.equals(was)) {
            tally.unchanged(m.line(), what);
            return;
        }
        try {
            encounters.update(me, id, now, before.version());
            changes.add(new ImportRepository.Change(
                    "encounter",
                    id,
                    "updated",
                    json.writeValueAsString(new MeetingBefore(was, revisions.get(m.sourceKey())))));
            tally.updated(m.line(), what);
        } catch (ValidationException e) {
            newRevisions.remove(m.sourceKey());
            tally.skipped(m.line(), what + ": " + e.getMessage());
        }
    }

    /** An encounter an import updated, as it was, and the revision it had been imported at. */
    record MeetingBefore(
            EncounterDraft encounter,
            @org.jspecify.annotations.Nullable String revision) {}

    static EncounterDraft draftOf(Encounter e) {
        return new EncounterDraft(
                e.occurredAt(),
                e.channel(),
                e.kind(),
                e.title(),
                e.location(),
                e.notes(),
                e.topics(),
                e.participantIds(),
                drafts(e.gave()),
                drafts(e.received()));
    }

    private static List<EncounterDraft.ExchangeDraft> drafts(List<Exchange> exchanges) {
        return exchanges.stream()
                .map(x -> new EncounterDraft.ExchangeDraft(x.type(), x.description(), x.personId()))
                .toList();
    }

    /** The meeting's people: found by email, or added with the name the calendar shows. */
    private List<UUID> participants(ImportedMeeting m) {
        Set<UUID> participants = new LinkedHashSet<>();
        List<PersonBatch.Entry> newPeople = new ArrayList<>();
        for (ImportedMeeting.Attendee a : m.attendees()) {
            Optional<UUID> id = index.byEmail(a.email());
            if (id.isPresent()) {
                participants.add(id.get());
                continue;
            }
            List<String> problems = new ArrayList<>();
            PersonDraft d = PersonBatch.clean(
                    new PersonDraft(
                            a.name() == null ? a.email() : a.name(),
                            null,
                            null,
                            List.of(new ContactValue(a.email(), null)),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            List.of(),
                            null,
                            null,
                            null,
                            PersonDraft.RelationshipDraft.NONE),
                    problems);
            if (!problems.isEmpty() || d.emails().isEmpty()) {
                tally.warning(m.line(), "attendee '" + a.email() + "' left out: " + String.join("; ", problems));
                continue;
            }
            UUID pid = Ids.newId();
            newPeople.add(new PersonBatch.Entry(pid, d));
            index.add(pid, d);
            participants.add(pid);
        }
        batch.insert(me, newPeople);
        newPeople.forEach(p -> changes.add(new ImportRepository.Change("person", p.id(), "created", null)));
        tally.peopleCreated += newPeople.size();
        return List.copyOf(participants);
    }

    private static Channel channel(ImportedMeeting m) {
        String where = ((m.location() == null ? "" : m.location()) + " " + (m.notes() == null ? "" : m.notes()))
                .toLowerCase(java.util.Locale.ROOT);
        if (where.contains("meet.google.com")
                || where.contains("zoom.us")
                || where.contains("teams.microsoft.com")
                || where.contains("webex.com")) {
            return Channel.VIDEO;
        }
        return m.location() == null || m.location().isBlank() ? Channel.OTHER : Channel.IN_PERSON;
    }

    private static @org.jspecify.annotations.Nullable String cut(@org.jspecify.annotations.Nullable String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        return t.length() > max ? t.substring(0, max) : t;
    }

    @Override
    public void skipped(int line, String reason) {
        tally.skipped(line, reason);
    }

    @Override
    public void warning(int line, String message) {
        tally.warning(line, message);
    }

    void flush() {
        imports.insertChanges(me.workspace(), importId, changes);
        imports.insertSources(me.workspace(), Format.ICS.wire(), importId, newSources, true);
        imports.updateRevisions(me.workspace(), Format.ICS.wire(), newRevisions);
        changes.clear();
        newSources.clear();
        newRevisions.clear();
    }
}
