package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.imports.Collected.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapport.imports.ics.CalendarMeetings;

class CalendarMeetingsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void googleMeetingsLeaveOutMeRoomsAndWhoDeclined() throws Exception {
        Collected c = new Collected();
        CalendarMeetings.read(text("google-calendar.ics"), Set.of("me@rapport.example"), NOW, c);
        ImportedMeeting chat = c.meetings.stream()
                .filter(m -> "Data platform chat".equals(m.title()))
                .findFirst()
                .orElseThrow();
        assertThat(chat.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-06-10T15:00:00+02:00"));
        assertThat(chat.attendees())
                .containsExactly(
                        new ImportedMeeting.Attendee("ines@lumen.example", "Inés Montoya-Ruiz"),
                        new ImportedMeeting.Attendee("jordan.blake@example.com", "Jordan Blake"));
    }

    @Test
    void recurrencesExpandToNowWithoutExdatesAndWithOverridesAndCancellations() throws Exception {
        Collected c = new Collected();
        CalendarMeetings.read(text("google-calendar.ics"), Set.of("me@rapport.example"), NOW, c);
        var sync = c.meetings.stream()
                .filter(m -> m.title() != null && m.title().startsWith("Weekly sync"))
                .toList();
        assertThat(sync)
                .extracting(m -> m.occurredAt().toString() + " " + m.title())
                .containsExactly(
                        "2026-01-05T10:00+01:00 Weekly sync",
                        "2026-01-19T14:00+01:00 Weekly sync (moved)",
                        "2026-02-02T10:00+01:00 Weekly sync",
                        "2026-02-09T10:00+01:00 Weekly sync");
        assertThat(sync).extracting(ImportedMeeting::sourceKey).doesNotHaveDuplicates();
        assertThat(c.meetings).noneMatch(m -> "Lunch (cancelled)".equals(m.title()) || "Far future".equals(m.title()));
        assertThat(c.skipped).extracting(LineError::message).anyMatch(s -> s.contains("cancelled"));
        var dayOff = c.meetings.stream()
                .filter(m -> "Day off".equals(m.title()))
                .findFirst()
                .orElseThrow();
        assertThat(dayOff.attendees()).isEmpty();
    }

    @Test
    void outlookWindowsZonesTabFoldingAndQuotedNames() throws Exception {
        Collected c = new Collected();
        CalendarMeetings.read(text("outlook-calendar.ics"), Set.of(), NOW, c);
        ImportedMeeting review = c.meetings.get(0);
        assertThat(review.title()).isEqualTo("Treaty review");
        assertThat(review.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-08-12T09:30:00-04:00"));
        assertThat(review.attendees())
                .containsExactly(
                        new ImportedMeeting.Attendee("rafael@quintero.example", "Quintero, Rafael"),
                        new ImportedMeeting.Attendee("colin@harbourmutual.example", "Fairweather, Colin"));
        ImportedMeeting supplier = c.meetings.get(1);
        // "W. Europe Standard Time" has no VTIMEZONE in the file: resolved as Europe/Berlin
        assertThat(supplier.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-09-15T11:00:00+02:00"));
    }
}
