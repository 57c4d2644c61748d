package org.rapport.api;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Words for what went wrong when JSON did not bind: which field, and what it must look like. */
final class JsonProblems {
    private JsonProblems() {}

    static String message(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "must be " + describe(m.getTargetType());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "has the wrong type" : String.valueOf(root.getMessage());
    }

    /** What a value of a type must look like, in words a client can act on. */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + WireValue.allowed(type);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return switch (type.getSimpleName()) {
            case "OffsetDateTime", "Instant", "ZonedDateTime" ->
                "an ISO-8601 date-time with offset, like 2026-11-20T18:30:00-05:00";
            case "LocalDate" -> "a date like 2026-11-20";
            case "UUID" -> "a UUID";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
        };
    }

    /** "emails[0].value" from Jackson's path, optionally under a parent field. */
    static String fieldPath(@Nullable String parent, JacksonException e) {
        StringBuilder path = new StringBuilder(parent == null ? "" : parent);
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
