package org.rapport.api;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH as JSON Merge Patch (RFC 7396): the fields sent replace the current ones, nested objects
 * merge, arrays are replaced whole, null clears. The result binds to the same request type as a
 * create, so one set of validation rules covers both.
 */
@Component
public class MergePatch {
    private final JsonMapper mapper;
    private final JsonBinder binder;

    MergePatch(JsonMapper mapper, JsonBinder binder) {
        this.mapper = mapper;
        this.binder = binder;
    }

    public <T extends Record> T apply(T current, JsonNode patch, Class<T> type) {
        if (!(patch instanceof ObjectNode changes)) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        ObjectNode merged = mapper.valueToTree(current);
        merge(merged, changes);
        return binder.bind(merged, type);
    }

    /** The {@code version} a PATCH must carry, so a stale edit is refused instead of overwriting. */
    public static long requiredVersion(JsonNode patch) {
        JsonNode version = patch.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw ValidationException.of("version", "is required: send the version you last read");
        }
        return version.asLong();
    }

    private static void merge(ObjectNode target, ObjectNode changes) {
        for (Map.Entry<String, JsonNode> field : changes.properties()) {
            JsonNode existing = target.get(field.getKey());
            if (field.getValue() instanceof ObjectNode nested && existing instanceof ObjectNode into) {
                merge(into, nested);
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }
}
