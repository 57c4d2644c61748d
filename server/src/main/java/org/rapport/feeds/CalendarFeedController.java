package org.rapport.feeds;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeLog;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feed itself: no session, no sign-in, the secret in the path is the credential. Calendar apps
 * poll, so the answer carries an ETag and Last-Modified from the change log and a 304 when unchanged.
 */
@RestController
class CalendarFeedController {
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FeedSecrets secrets;
    private final ChangeLog changeLog;
    private final FollowUpFeed feed;

    CalendarFeedController(FeedSecrets secrets, ChangeLog changeLog, FollowUpFeed feed) {
        this.secrets = secrets;
        this.changeLog = changeLog;
        this.feed = feed;
    }

    @GetMapping("/feeds/{secret}/follow-ups.ics")
    ResponseEntity<String> followUps(@PathVariable String secret, WebRequest request) {
        CurrentMember me = secrets.member(secret).orElse(null);
        if (me == null) {
            return ResponseEntity.status(404).contentType(MediaType.TEXT_PLAIN).body("No such feed.\n");
        }
        LocalDate today = LocalDate.now();
        ChangeLog.Position position = changeLog.position(me.workspace());
        // What the feed shows moves with the date too (check-ins come into its horizon each day).
        long startOfToday =
                today.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        long lastModified = Math.max(position.changedAt(), startOfToday) / 1000 * 1000;
        String etag = "\"" + me.memberId().toString().substring(0, 8) + "-" + position.sequence() + "-"
                + position.recentChanges() + "-" + today + "\"";
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        String site =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        String body = feed.write(me, today, Instant.ofEpochMilli(lastModified), site);
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .header("X-Robots-Tag", "noindex")
                .body(body);
    }
}
