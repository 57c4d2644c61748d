package org.rapport.organizations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A role as given by a caller: an existing organization by id, or one found or created by name. */
public record RoleDraft(
        @Nullable UUID organizationId,
        @Nullable String organizationName,
        @Nullable String title,
        @Nullable String start,
        @Nullable String end) {}
