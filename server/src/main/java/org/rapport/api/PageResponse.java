package org.rapport.api;

import java.util.List;
import java.util.function.Function;

/** Every list the API answers: {@code {items, page, size, total}}, page counting from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
