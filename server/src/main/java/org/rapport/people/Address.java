package org.rapport.people;

import org.jspecify.annotations.Nullable;

/** A postal address; every part is optional because imports rarely have them all. */
public record Address(
        @Nullable String label,
        @Nullable String street,
        @Nullable String city,
        @Nullable String region,
        @Nullable String postalCode,
        @Nullable String country) {}
