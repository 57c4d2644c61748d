package org.rapport.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.rapport.db.Ids;
import org.rapport.encounters.Channel;
import org.rapport.encounters.Encounter;
import org.rapport.encounters.EncounterDraft;
import org.rapport.encounters.EncounterService;
import org.rapport.people.ContactValue;
import org.rapport.people.Kind;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;

/**
 * Meetings become encounters of the importing member: the people are found by email; someone not
 * yet in the workspace is added with the name the calendar shows. An occurrence imported before
 * (same UID and start) is left as it is.
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

    MeetingImport(
            CurrentMember me,
            UUID importId,
            PersonBatch batch,
            EncounterService encounters,
            ImportRepository imports,
            Tally tally) {
        this.me = me;
        this.importId = importId;
        this.batch = batch;
        this.encounters = encounters;
        this.imports = imports;
        this.tally = tally;
        this.index = batch.index(me.workspace());
        this.sources = imports.sources(me.workspace(), Format.ICS.wire(), true);
    }

    @Override
    public void person(ImportedPerson person) {
        throw new IllegalStateException("a calendar holds meetings");
    }

    @Override
    public void meeting(ImportedMeeting m) {
        String what = (m.title() == null ? "meeting" : m.title()) + " on "
                + m.occurredAt().toLocalDate();
        if (sources.containsKey(m.sourceKey()) || newSources.containsKey(m.sourceKey())) {
            tally.unchanged(m.line(), what);
            return;
        }
        if (m.attendees().isEmpty()) {
            tally.skipped(m.line(), what + ": nobody else took part");
            return;
        }
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
        if (participants.isEmpty()) {
            tally.skipped(m.line(), what + ": no attendee could be kept");
            return;
        }
        batch.insert(me, newPeople);
        newPeople.forEach(p -> changes.add(new ImportRepository.Change("person", p.id(), "created", null)));
        tally.peopleCreated += newPeople.size();
        String location = cut(m.location(), MAX_TITLE);
        try {
            Encounter e = encounters.log(
                    me,
                    new EncounterDraft(
                            m.occurredAt(),
                            channel(m),
                            Kind.PROFESSIONAL,
                            cut(m.title(), MAX_TITLE),
                            location,
                            cut(m.notes(), MAX_NOTES),
                            List.of(),
                            List.copyOf(participants),
                            List.of(),
                            List.of()));
            changes.add(new ImportRepository.Change("encounter", e.id(), "created", null));
            newSources.put(m.sourceKey(), e.id());
            tally.created(m.line(), what);
        } catch (ValidationException e) {
            tally.skipped(m.line(), what + ": " + e.getMessage());
        }
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
        changes.clear();
        newSources.clear();
    }
}
