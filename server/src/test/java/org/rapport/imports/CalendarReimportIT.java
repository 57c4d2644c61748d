package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.imports.Uploads.counts;
import static org.rapport.imports.Uploads.upload;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A meeting moved, renamed or with other people after it was imported: importing the calendar
 * again updates its encounter when SEQUENCE (or LAST-MODIFIED) says it is a later edit, keeps what
 * the member added, and undo puts it back.
 */
@RapportTest
class CalendarReimportIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void aLaterEditOfAMeetingUpdatesItsEncounterAndKeepsWhatTheMemberAdded() {
        var first = importCalendar(meeting(0, null, "20260610T130000Z", "Data platform chat", "jordan@example.com"));
        assertThat(counts(first)).containsExactly(1, 0, 0, 0);
        JsonNode encounter = onlyEncounter();
        var noted = api.patch(
                "/api/v1/encounters/" + encounter.get("id").asString(),
                Map.of(
                        "notes",
                        "She knows the Lumen data team",
                        "topics",
                        List.of("data"),
                        "version",
                        encounter.get("version").asLong()));
        assertThat(noted.status()).as(noted.body()).isEqualTo(200);

        // Moved a day, renamed, Jordan out and Kim in: SEQUENCE 1.
        String moved = meeting(1, null, "20260611T140000Z", "Data platform chat (moved)", "kim@example.com");
        var update = importCalendar(moved);
        assertThat(counts(update)).as(update.body()).containsExactly(0, 1, 0, 0);
        assertThat(update.json().get("peopleCreated").asInt()).isEqualTo(1);
        JsonNode after = onlyEncounter();
        assertThat(after.get("id").asString()).isEqualTo(encounter.get("id").asString());
        assertThat(after.get("occurredAt").asString()).startsWith("2026-06-11T14:00");
        assertThat(after.get("title").asString()).isEqualTo("Data platform chat (moved)");
        assertThat(names(after)).containsExactlyInAnyOrder("Inés Montoya-Ruiz", "Kim Park");
        assertThat(after.get("notes").asString()).isEqualTo("She knows the Lumen data team");
        assertThat(after.get("topics").get(0).asString()).isEqualTo("data");

        // The same edit again, or an older one, changes nothing.
        assertThat(counts(importCalendar(moved))).containsExactly(0, 0, 1, 0);
        assertThat(counts(importCalendar(
                        meeting(0, null, "20260610T130000Z", "Data platform chat", "jordan@example.com"))))
                .containsExactly(0, 0, 1, 0);

        // Undo puts the encounter back as it was, and the edit can come again.
        var undone = api.post("/api/v1/imports/" + update.text("importId") + "/undo", Map.of());
        assertThat(undone.status()).as(undone.body()).isEqualTo(200);
        JsonNode back = onlyEncounter();
        assertThat(back.get("occurredAt").asString()).startsWith("2026-06-10T13:00");
        assertThat(back.get("title").asString()).isEqualTo("Data platform chat");
        assertThat(names(back)).containsExactlyInAnyOrder("Inés Montoya-Ruiz", "Jordan Blake");
        assertThat(back.get("notes").asString()).isEqualTo("She knows the Lumen data team");
        assertThat(counts(importCalendar(moved))).containsExactly(0, 1, 0, 0);

        // Same SEQUENCE, modified later (calendars that do not count edits): also a later edit.
        var modified = importCalendar(
                meeting(1, "20260612T080000Z", "20260611T150000Z", "Data platform chat (moved)", "kim@example.com"));
        assertThat(counts(modified)).containsExactly(0, 1, 0, 0);
        assertThat(onlyEncounter().get("occurredAt").asString()).startsWith("2026-06-11T15:00");
    }

    private static String meeting(int sequence, String lastModified, String start, String title, String other) {
        String otherName = other.startsWith("kim") ? "Kim Park" : "Jordan Blake";
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                "VERSION:2.0",
                "BEGIN:VEVENT",
                "DTSTART:" + start,
                "DTEND:" + start.substring(0, 9) + "235900Z",
                "DTSTAMP:20260601T120000Z",
                "ORGANIZER;CN=Me Myself:mailto:" + "me@rapport.example",
                "UID:1a2b3c4d5e6f7g8h9i0j@google.com",
                "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Inés Montoya-Ruiz:mailto:ines@lumen.example",
                "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=" + otherName + ":mailto:" + other,
                "SUMMARY:" + title,
                "SEQUENCE:" + sequence,
                lastModified == null ? "X-NOTHING:here" : "LAST-MODIFIED:" + lastModified,
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private ApiClient.Response importCalendar(String ics) {
        var r = upload(api, "?alsoMe=me@rapport.example", "calendar.ics", ics.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private JsonNode onlyEncounter() {
        JsonNode items = api.get("/api/v1/encounters").json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private List<String> names(JsonNode encounter) {
        List<String> names = new ArrayList<>();
        encounter
                .get("participantIds")
                .forEach(id -> names.add(api.get("/api/v1/people/" + id.asString())
                        .json()
                        .get("displayName")
                        .asString()));
        return names;
    }
}
