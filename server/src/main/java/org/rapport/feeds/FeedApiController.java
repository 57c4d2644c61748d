package org.rapport.feeds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberRole;
import org.rapport.accounts.RequiresRole;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/feeds/follow-ups")
@Tag(name = "Calendar feed")
// Each member's own feed: viewers keep theirs too.
@RequiresRole(MemberRole.VIEWER)
class FeedApiController {
    private final FeedSecrets secrets;

    FeedApiController(FeedSecrets secrets) {
        this.secrets = secrets;
    }

    record FeedStatus(boolean enabled, @Nullable Instant createdAt) {}

    record NewFeedUrl(String url, Instant createdAt) {}

    @GetMapping
    @Operation(summary = "Whether the caller's calendar feed is on (its URL is shown only when made)")
    FeedStatus status(@AuthenticationPrincipal CurrentMember me) {
        Instant created = secrets.createdAt(me).orElse(null);
        return new FeedStatus(created != null, created);
    }

    @PostMapping("/secret")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make (or rotate) the feed's secret URL",
            description = "Answers the subscribable URL /feeds/{secret}/follow-ups.ics, shown only this once (only a "
                    + "hash of the secret is kept). Any earlier URL answers 404 from now on. The feed holds open "
                    + "follow-ups and check-ins due by cadence within 60 days as all-day events.")
    NewFeedUrl rotate(@AuthenticationPrincipal CurrentMember me) {
        String secret = secrets.rotate(me);
        return new NewFeedUrl(url(secret), secrets.createdAt(me).orElseThrow());
    }

    @DeleteMapping("/secret")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn the feed off: its URL answers 404")
    void disable(@AuthenticationPrincipal CurrentMember me) {
        secrets.disable(me);
    }

    static String url(String secret) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/feeds/{secret}/follow-ups.ics")
                .buildAndExpand(secret)
                .toUriString();
    }
}
