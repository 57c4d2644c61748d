package org.rapport.connections;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.JsonBinder;
import org.rapport.api.PageResponse;
import org.rapport.people.PersonService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "Connections")
class ConnectionApiController {
    private final ConnectionService connections;
    private final PersonService people;
    private final JsonBinder binder;

    ConnectionApiController(ConnectionService connections, PersonService people, JsonBinder binder) {
        this.connections = connections;
        this.people = people;
        this.binder = binder;
    }

    record ConnectionRequest(
            @Nullable UUID personAId,
            @Nullable UUID personBId,
            @Nullable ConnectionType type,
            @Nullable Double strength,
            @Nullable String note) {}

    /** A connection seen from one of its people: who is at the other end. */
    record ConnectionResponse(
            UUID id,
            UUID personAId,
            UUID personBId,
            @Nullable UUID otherPersonId,
            @Nullable String otherDisplayName,
            ConnectionType type,
            @Nullable Double strength,
            ConnectionSource source,
            @Nullable String note,
            Instant createdAt) {
        static ConnectionResponse from(Connection c, @Nullable UUID seenFrom, Map<UUID, String> names) {
            UUID other = seenFrom == null ? null : c.otherThan(seenFrom);
            return new ConnectionResponse(
                    c.id(),
                    c.personAId(),
                    c.personBId(),
                    other,
                    other == null ? null : names.get(other),
                    c.type(),
                    c.strength(),
                    c.source(),
                    c.note(),
                    c.createdAt());
        }
    }

    @GetMapping("/api/v1/people/{id}/connections")
    @Operation(summary = "A person's connections to other people in the network")
    PageResponse<ConnectionResponse> ofPerson(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        List<Connection> all = connections.of(me, id);
        var names = people.displayNames(
                me.workspace(), all.stream().map(c -> c.otherThan(id)).toList());
        var items = all.stream().map(c -> ConnectionResponse.from(c, id, names)).toList();
        return new PageResponse<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    @PostMapping("/api/v1/connections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Connect two people (undirected); the same pair and type twice answers 409")
    ConnectionResponse connect(
            @AuthenticationPrincipal CurrentMember me,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = ConnectionRequest.class)))
                    @RequestBody
                    JsonNode body) {
        var r = binder.bind(body, ConnectionRequest.class);
        var draft =
                new ConnectionService.ConnectionDraft(r.personAId(), r.personBId(), r.type(), r.strength(), r.note());
        return ConnectionResponse.from(connections.connect(me, draft, ConnectionSource.MANUAL), null, Map.of());
    }

    @GetMapping("/api/v1/connections/{id}")
    ConnectionResponse get(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        return ConnectionResponse.from(connections.get(me, id), null, Map.of());
    }

    @DeleteMapping("/api/v1/connections/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disconnect(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id) {
        connections.disconnect(me, id);
    }
}
