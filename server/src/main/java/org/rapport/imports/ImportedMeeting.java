package org.rapport.imports;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One past occurrence of a calendar meeting, with the people who took part (organizer and individual
 * attendees who did not decline; rooms, resources and the member's own addresses already left out).
 *
 * @param revision which edit of the meeting this is (SEQUENCE, then LAST-MODIFIED), as text that
 *     sorts in the same order: a re-import updates an encounter only from a later revision
 */
public record ImportedMeeting(
        int line,
        String sourceKey,
        String revision,
        OffsetDateTime occurredAt,
        @Nullable String title,
        @Nullable String location,
        @Nullable String notes,
        List<Attendee> attendees) {

    /** An email address, lower-cased, and the name the calendar shows (may repeat the email). */
    public record Attendee(String email, @Nullable String name) {}
}
