package org.rapport.search;

import org.jspecify.annotations.Nullable;

/** An organization as the index sees it. */
record IndexedOrganization(
        String id,
        String name,
        @Nullable String website,
        @Nullable String notes) {}
