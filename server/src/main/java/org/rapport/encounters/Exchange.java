package org.rapport.encounters;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something given or received in an encounter, optionally naming the person it came from or went to. */
public record Exchange(
        ExchangeType type,
        @Nullable String description,
        @Nullable UUID personId) {}
