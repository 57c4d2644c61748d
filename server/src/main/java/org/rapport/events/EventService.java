package org.rapport.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.FieldError;
import org.rapport.api.ValidationException;
import org.rapport.encounters.Channel;
import org.rapport.encounters.EncounterDraft;
import org.rapport.encounters.EncounterService;
import org.rapport.followups.FollowUpDraft;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpStatus;
import org.rapport.followups.FollowUpType;
import org.rapport.people.Kind;
import org.rapport.people.PersonDraft;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Met 12 people at X": each line becomes a person (someone already known by exactly that name is
 * reused), all of them take part in one event encounter, and each gets a follow-up the next day.
 * All or nothing: a bad line changes nothing.
 */
@Service
public class EventService {
    static final int MAX_PEOPLE = 200;

    private final PersonService people;
    private final EncounterService encounters;
    private final FollowUpService followUps;
    private final Clock clock;

    EventService(PersonService people, EncounterService encounters, FollowUpService followUps, Clock clock) {
        this.people = people;
        this.encounters = encounters;
        this.followUps = followUps;
        this.clock = clock;
    }

    public record Met(UUID encounterId, List<UUID> people, int newPeople, LocalDate followUpOn) {}

    @Transactional
    public Met met(
            CurrentMember me, @Nullable String event, @Nullable LocalDate on, @Nullable Kind kind, String lines) {
        var parsed = MetLine.parse(lines);
        List<FieldError> problems = new ArrayList<>(parsed.problems());
        String name = event == null || event.isBlank() ? null : event.strip();
        if (name == null) {
            problems.add(new FieldError("event", "is required: where you met them"));
        } else if (name.length() > 300) {
            problems.add(new FieldError("event", "must be at most 300 characters"));
        }
        if (parsed.lines().isEmpty() && parsed.problems().isEmpty()) {
            problems.add(
                    new FieldError("lines", "needs one line per person: name, organization, what you talked about"));
        } else if (parsed.lines().size() > MAX_PEOPLE) {
            problems.add(new FieldError("lines", "must have at most " + MAX_PEOPLE + " people"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Kind asKind = kind == null ? Kind.PROFESSIONAL : kind;
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        List<UUID> met = new ArrayList<>();
        List<UUID> personOfLine = new ArrayList<>();
        int created = 0;
        StringBuilder notes = new StringBuilder();
        for (MetLine line : parsed.lines()) {
            List<UUID> known = people.idsNamed(me, line.name());
            UUID person;
            if (known.size() == 1) {
                person = known.get(0);
            } else {
                person = people.create(me, draft(line, name, asKind)).id();
                created++;
            }
            personOfLine.add(person);
            if (!met.contains(person)) {
                met.add(person);
            }
            notes.append(line.name())
                    .append(line.organization() == null ? "" : " (" + line.organization() + ")")
                    .append(line.talkedAbout() == null ? "" : ": " + line.talkedAbout())
                    .append('\n');
        }
        OffsetDateTime at = day.atTime(LocalTime.NOON).atZone(clock.getZone()).toOffsetDateTime();
        UUID encounter = encounters
                .log(
                        me,
                        new EncounterDraft(
                                at,
                                Channel.EVENT,
                                asKind,
                                "Met " + met.size() + " people at " + name,
                                name,
                                notes.toString().strip(),
                                List.of(),
                                met,
                                List.of(),
                                List.of()))
                .id();
        LocalDate next = day.plusDays(1);
        for (int i = 0; i < parsed.lines().size(); i++) {
            MetLine line = parsed.lines().get(i);
            String title = "Follow up with " + line.name() + " from " + name
                    + (line.talkedAbout() == null ? "" : ": " + line.talkedAbout());
            followUps.create(
                    me,
                    new FollowUpDraft(
                            personOfLine.get(i),
                            encounter,
                            FollowUpType.CHECK_IN,
                            title.length() > 300 ? title.substring(0, 299) + "…" : title,
                            null,
                            next,
                            FollowUpStatus.OPEN));
        }
        return new Met(encounter, met, created, next);
    }

    private static PersonDraft draft(MetLine line, String event, Kind kind) {
        return PersonDraft.named(line.name(), line.organization(), Set.of(kind)).met("Met at " + event, null);
    }
}
