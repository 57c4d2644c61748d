package org.rapport.api;

import org.jspecify.annotations.Nullable;

/** Page and size of a list request: size defaults to 50 and is capped at 200. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(@Nullable Integer page, @Nullable Integer size) {
        var problems = new ValidationException.Collector();
        if (page != null && page < 0) {
            problems.add("page", "must be 0 or more");
        }
        if (size != null && size < 1) {
            problems.add("size", "must be between 1 and " + MAX_SIZE);
        }
        problems.throwIfAny();
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE));
    }

    public long offset() {
        return (long) page * size;
    }
}
