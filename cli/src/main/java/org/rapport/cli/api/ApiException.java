package org.rapport.cli.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The server answered with an error: its problem+json (RFC 9457) in one readable line. */
public final class ApiException extends RuntimeException {
    /** What the server's fallback answers when no endpoint exists at a path at all. */
    private static final String NO_ENDPOINT_DETAIL = "There is nothing at this address";

    private final int status;
    private final boolean endpointMissing;

    private ApiException(int status, String message, boolean endpointMissing) {
        super(message);
        this.status = status;
        this.endpointMissing = endpointMissing;
    }

    /** From an error answer; {@code body} is its parsed problem+json, or null when it was not JSON. */
    static ApiException from(int status, Object body) {
        Map<String, Object> problem = Json.object(body);
        String title = Json.text(problem, "title");
        String detail = Json.text(problem, "detail");
        List<String> errors = new ArrayList<>();
        boolean detailRepeatsErrors = false;
        for (Object e : Json.list(problem, "errors")) {
            Map<String, Object> error = Json.object(e);
            String where = error.containsKey("line") ? "line " + Json.text(error, "line") : Json.text(error, "field");
            String message = Json.text(error, "message");
            errors.add((where.isEmpty() ? "" : where + ": ") + message);
            detailRepeatsErrors |= !message.isEmpty() && detail.contains(message);
        }
        List<String> parts = new ArrayList<>();
        // Validation details repeat the field errors; say each thing once.
        if (!detail.isEmpty() && !detailRepeatsErrors) {
            parts.add(detail);
        }
        if (!errors.isEmpty()) {
            parts.add(String.join("; ", errors));
        }
        String line = (title.isEmpty() ? "HTTP " + status : title)
                + (parts.isEmpty() ? "" : ": " + String.join(" — ", parts));
        // A missing endpoint (not a missing record) is answered by the server's /error fallback;
        // a server that is not Rapport at all answers 404 without problem+json.
        boolean endpointMissing = status == 404 && (body == null || NO_ENDPOINT_DETAIL.equals(detail));
        return new ApiException(status, line, endpointMissing);
    }

    public int status() {
        return status;
    }

    /** True when the server has no such endpoint (an older server), as opposed to no such record. */
    public boolean endpointMissing() {
        return endpointMissing;
    }
}
