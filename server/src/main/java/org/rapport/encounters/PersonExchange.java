package org.rapport.encounters;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Something given to or received from one person, with the encounter it happened in. */
public record PersonExchange(
        boolean given, ExchangeType type, @Nullable String description, OffsetDateTime occurredAt, UUID encounterId) {}
