package org.rapport.imports;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One past occurrence of a calendar meeting, with the people who took part (organizer and individual
 * attendees who did not decline; rooms, resources and the member's own addresses already left out).
 */
public record ImportedMeeting(
        int line,
        String sourceKey,
        OffsetDateTime occurredAt,
        @Nullable String title,
        @Nullable String location,
        @Nullable String notes,
        List<Attendee> attendees) {

    /** An email address, lower-cased, and the name the calendar shows (may repeat the email). */
    public record Attendee(String email, @Nullable String name) {}
}
