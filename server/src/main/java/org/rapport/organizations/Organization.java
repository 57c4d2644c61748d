package org.rapport.organizations;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record Organization(
        UUID id,
        String name,
        @Nullable String website,
        @Nullable String notes,
        int currentPeople,
        int formerPeople,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
