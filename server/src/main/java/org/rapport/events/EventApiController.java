package org.rapport.events;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.people.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Events")
class EventApiController {
    private final EventService events;
    private final JsonBinder binder;

    EventApiController(EventService events, JsonBinder binder) {
        this.events = events;
        this.binder = binder;
    }

    record MetRequest(
            @Nullable String event,
            @Nullable LocalDate on,
            @Nullable Kind kind,
            @Nullable String lines) {}

    record MetResponse(UUID encounterId, List<UUID> people, int newPeople, LocalDate followUpOn) {}

    @PostMapping("/api/v1/events/met")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Met several people at an event",
            description = "lines: one person a line, \"name, organization, what we talked about\". Creates the people "
                    + "(reusing one known by exactly that name), one event encounter with all of them, and a "
                    + "follow-up for each the next day. A bad line (errors name lines[n]) changes nothing.")
    MetResponse met(@AuthenticationPrincipal CurrentMember me, @RequestBody JsonNode body) {
        MetRequest r = binder.bind(body, MetRequest.class);
        var met = events.met(me, r.event(), r.on(), r.kind(), r.lines() == null ? "" : r.lines());
        return new MetResponse(met.encounterId(), met.people(), met.newPeople(), met.followUpOn());
    }
}
