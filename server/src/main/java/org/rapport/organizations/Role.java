package org.rapport.organizations;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's role at an organization. Start and end are partial dates ("2019", "2019-03" or
 * "2019-03-01") because that is how people remember them; no end means current.
 */
public record Role(
        UUID personId,
        UUID organizationId,
        String organizationName,
        @Nullable String title,
        @Nullable String start,
        @Nullable String end) {

    public boolean isCurrent() {
        return end == null;
    }
}
