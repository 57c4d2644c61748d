package org.rapport.people;

import org.jspecify.annotations.Nullable;

/** An email or phone number with an optional label ("work", "mobile"). */
public record ContactValue(String value, @Nullable String label) {}
