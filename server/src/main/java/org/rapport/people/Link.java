package org.rapport.people;

import org.jspecify.annotations.Nullable;

/** A web address about a person (LinkedIn profile, homepage) with an optional label. */
public record Link(String url, @Nullable String label) {}
