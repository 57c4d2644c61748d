package org.rapport.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An enum as it travels in JSON, SQL and query strings: {@code JOB_SEARCH} is {@code "job_search"}.
 * Implementing enums get the lower-case name for free and may override {@link #wire()}.
 */
public interface WireValue {
    @JsonValue
    default String wire() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** The constant with this wire name; IllegalArgumentException for any other text. */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.wire().equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + " " + wire));
    }

    /** A query parameter: null when absent, a 400 naming the parameter when not one of the values. */
    static <E extends Enum<E> & WireValue> @Nullable E param(Class<E> type, String field, @Nullable String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        try {
            return parse(type, wire.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "must be one of " + allowed(type));
        }
    }

    static String allowed(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(v -> v instanceof WireValue w ? w.wire() : v.toString())
                .collect(Collectors.joining(", "));
    }
}
