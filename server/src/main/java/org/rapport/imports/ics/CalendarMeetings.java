package org.rapport.imports.ics;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.io.text.ICalReader;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.rapport.imports.ImportFailure;
import org.rapport.imports.ImportedMeeting;
import org.rapport.imports.RecordSink;

/**
 * Meetings from an iCalendar file (Google, Outlook), as past occurrences: recurring events are
 * expanded up to now, without EXDATEs and with RECURRENCE-ID overrides applied; cancelled events and
 * occurrences are skipped. Times use the file's VTIMEZONEs, or for a Windows zone name without one
 * ("Eastern Standard Time") the IANA zone it stands for.
 */
public final class CalendarMeetings {
    private static final int MAX_OCCURRENCES = 5_000;

    private CalendarMeetings() {}

    /**
     * @param ownEmails the member's own addresses (lower case), left out of every meeting
     * @param now occurrences after this instant have not happened and are not imported
     */
    public static void read(Reader text, Set<String> ownEmails, Instant now, RecordSink sink) throws IOException {
        List<ICalendar> calendars = new ArrayList<>();
        try (ICalReader reader = new ICalReader(text)) {
            ICalendar cal;
            while ((cal = reader.readNext()) != null) {
                calendars.add(cal);
            }
        }
        if (calendars.isEmpty()) {
            throw new ImportFailure(1, "no BEGIN:VCALENDAR found: this is not an iCalendar file");
        }
        for (ICalendar cal : calendars) {
            meetings(cal, ownEmails, now, sink);
        }
    }

    private static void meetings(ICalendar cal, Set<String> own, Instant now, RecordSink sink) {
        TimezoneInfo zones = cal.getTimezoneInfo();
        Map<String, List<VEvent>> overrides = new HashMap<>();
        Map<String, VEvent> series = new LinkedHashMap<>();
        int index = 0;
        for (VEvent e : cal.getEvents()) {
            index++;
            String uid = e.getUid() == null ? "event-" + index : e.getUid().getValue();
            if (e.getRecurrenceId() != null) {
                overrides.computeIfAbsent(uid, k -> new ArrayList<>()).add(e);
            } else {
                series.putIfAbsent(uid, e);
            }
        }
        index = 0;
        for (Map.Entry<String, VEvent> entry : series.entrySet()) {
            index++;
            String uid = entry.getKey();
            VEvent e = entry.getValue();
            if (e.getDateStart() == null || e.getDateStart().getValue() == null) {
                sink.skipped(index, "event '" + summary(e) + "' has no start (DTSTART)");
                continue;
            }
            if (cancelled(e)) {
                sink.skipped(index, "event '" + summary(e) + "' is cancelled");
                continue;
            }
            Map<Long, VEvent> moved = new HashMap<>();
            for (VEvent o : overrides.getOrDefault(uid, List.of())) {
                moved.put(instant(o.getRecurrenceId(), zones).toInstant().toEpochMilli(), o);
            }
            OffsetDateTime first = instant(e.getDateStart(), zones);
            if (e.getRecurrenceRule() == null
                    && (e.getRecurrenceDates() == null || e.getRecurrenceDates().isEmpty())) {
                occurrence(e, uid, null, first, own, now, sink, index, zones);
                continue;
            }
            TimeZone tz = timeZone(e.getDateStart(), zones);
            DateIterator it = e.getDateIterator(tz);
            int count = 0;
            while (it.hasNext() && count++ < MAX_OCCURRENCES) {
                Date d = it.next();
                if (d.toInstant().isAfter(now)) {
                    break;
                }
                OffsetDateTime at = at(d, tz);
                VEvent override = moved.get(d.getTime());
                String key = uid + "|" + d.toInstant();
                if (override != null) {
                    if (cancelled(override)) {
                        sink.skipped(
                                index,
                                "an occurrence of '" + summary(e) + "' on " + at.toLocalDate() + " is cancelled");
                        continue;
                    }
                    occurrence(
                            override, uid, key, instant(override.getDateStart(), zones), own, now, sink, index, zones);
                } else {
                    occurrence(e, uid, key, at, own, now, sink, index, zones);
                }
            }
        }
    }

    private static void occurrence(
            VEvent e,
            String uid,
            @Nullable String key,
            OffsetDateTime at,
            Set<String> own,
            Instant now,
            RecordSink sink,
            int index,
            TimezoneInfo zones) {
        if (at.toInstant().isAfter(now)) {
            return; // not happened yet: encounters are past conversations
        }
        Map<String, ImportedMeeting.Attendee> people = new LinkedHashMap<>();
        if (e.getOrganizer() != null && e.getOrganizer().getEmail() != null) {
            add(people, e.getOrganizer().getEmail(), e.getOrganizer().getCommonName(), own);
        }
        for (Attendee a : e.getAttendees()) {
            CalendarUserType type = a.getCalendarUserType();
            if (type != null && type != CalendarUserType.INDIVIDUAL && type != CalendarUserType.UNKNOWN) {
                continue; // rooms, resources and groups are not people
            }
            if (a.getParticipationStatus() == ParticipationStatus.DECLINED) {
                continue; // did not attend
            }
            String email = a.getEmail();
            if (email == null
                    && a.getUri() != null
                    && a.getUri().toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                email = a.getUri().substring(7);
            }
            if (email != null) {
                add(people, email, a.getCommonName(), own);
            }
        }
        String description =
                e.getDescription() == null ? null : e.getDescription().getValue();
        sink.meeting(new ImportedMeeting(
                index,
                key == null ? uid : key,
                revision(e),
                at,
                summary(e),
                e.getLocation() == null ? null : e.getLocation().getValue(),
                description,
                List.copyOf(people.values())));
    }

    private static void add(
            Map<String, ImportedMeeting.Attendee> people, String email, @Nullable String name, Set<String> own) {
        String e = email.trim().toLowerCase(Locale.ROOT);
        if (e.startsWith("mailto:")) {
            e = e.substring(7);
        }
        if (e.isEmpty() || own.contains(e)) {
            return;
        }
        String n = name == null || name.isBlank() || name.trim().equalsIgnoreCase(e) ? null : name.trim();
        people.putIfAbsent(e, new ImportedMeeting.Attendee(e, n));
    }

    /** SEQUENCE, then LAST-MODIFIED (RFC 5545 §3.8.7.4, §3.8.7.3), zero-padded so that text order is their order. */
    static String revision(VEvent e) {
        Integer sequence = e.getSequence() == null ? null : e.getSequence().getValue();
        Date modified = e.getLastModified() == null ? null : e.getLastModified().getValue();
        return String.format(
                Locale.ROOT,
                "%010d.%015d",
                sequence == null ? 0 : Math.max(0, sequence),
                modified == null ? 0 : Math.max(0, modified.getTime()));
    }

    private static boolean cancelled(VEvent e) {
        return e.getStatus() != null
                && "CANCELLED".equalsIgnoreCase(e.getStatus().getValue());
    }

    private static @Nullable String summary(VEvent e) {
        return e.getSummary() == null ? null : e.getSummary().getValue();
    }

    /** The property's moment with the offset of its zone (see {@link #timeZone}). */
    static OffsetDateTime instant(DateOrDateTimeProperty p, TimezoneInfo zones) {
        ICalDate date = p.getValue();
        TimeZone tz = timeZone(p, zones);
        DateTimeComponents raw = date.getRawComponents();
        if (raw != null && !raw.isUtc() && zones.getTimezone(p) == null) {
            // No VTIMEZONE in the file for this TZID (or none at all): the wall-clock time in the zone it names.
            LocalDateTime local = LocalDateTime.of(
                    raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(), raw.getSecond());
            return local.atZone(tz.toZoneId()).toOffsetDateTime();
        }
        return at(date, tz);
    }

    static OffsetDateTime at(Date date, TimeZone tz) {
        return date.toInstant().atOffset(ZoneOffset.ofTotalSeconds(tz.getOffset(date.getTime()) / 1000));
    }

    /**
     * The zone of a date: a Windows zone name mapped to IANA; else the file's VTIMEZONE; else an IANA
     * TZID; else UTC (also for floating times, which carry no zone at all).
     */
    static TimeZone timeZone(DateOrDateTimeProperty p, TimezoneInfo zones) {
        TimezoneAssignment a = zones.getTimezone(p);
        String tzid = p.getParameters().getTimezoneId();
        if (tzid == null
                && a != null
                && a.getComponent() != null
                && a.getComponent().getTimezoneId() != null) {
            tzid = a.getComponent().getTimezoneId().getValue();
        }
        if (tzid != null) {
            String id = tzid.replace("\"", "").trim();
            var windows = WindowsZones.toZone(id);
            if (windows.isPresent()) {
                return TimeZone.getTimeZone(windows.get());
            }
        }
        if (a != null && a.getTimeZone() != null) {
            return a.getTimeZone();
        }
        if (tzid != null) {
            try {
                return TimeZone.getTimeZone(ZoneId.of(tzid.replace("\"", "").trim()));
            } catch (java.time.DateTimeException unknown) {
                // fall through to UTC
            }
        }
        return TimeZone.getTimeZone(ZoneOffset.UTC);
    }
}
