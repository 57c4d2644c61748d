package org.rapport.cli.encounters;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.capture.Capture;
import org.rapport.capture.CapturedExchange;
import org.rapport.cli.people.PersonResolver.Resolved;

/** The body of {@code POST /api/v1/encounters} for a captured line whose names are resolved. */
final class EncounterRequest {
    private EncounterRequest() {}

    static Map<String, Object> of(
            Capture capture, Map<String, Resolved> people, OffsetDateTime at, String kind, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("occurredAt", at.toString());
        body.put("kind", kind);
        body.put("channel", channel);
        body.put("title", capture.title().isEmpty() ? null : capture.title());
        body.put(
                "participantIds",
                people.values().stream().map(Resolved::id).distinct().toList());
        body.put("topics", capture.tags());
        body.put("gave", exchanges(capture.gave(), people));
        body.put("received", exchanges(capture.got(), people));
        return body;
    }

    private static List<Map<String, Object>> exchanges(List<CapturedExchange> captured, Map<String, Resolved> people) {
        List<Map<String, Object>> exchanges = new ArrayList<>();
        for (CapturedExchange x : captured) {
            Map<String, Object> exchange = new LinkedHashMap<>();
            exchange.put("type", x.type().wire());
            exchange.put("description", x.description());
            exchange.put(
                    "personId",
                    x.person() == null ? null : people.get(x.person()).id());
            exchanges.add(exchange);
        }
        return exchanges;
    }
}
