package org.rapport.capture;

import java.util.Locale;
import java.util.Optional;

/** The four kinds of networking, named as the API names them. */
public enum Kind {
    PERSONAL("personal"),
    PROFESSIONAL("professional"),
    BUSINESS("business"),
    JOB_SEARCH("job_search");

    private final String wire;

    Kind(String wire) {
        this.wire = wire;
    }

    /** The API's name: {@code job_search}. */
    public String wire() {
        return wire;
    }

    /** The kind a hashtag word names ({@code job_search}, {@code job-search} or {@code jobsearch}), if any. */
    public static Optional<Kind> fromTag(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("-", "_");
        for (Kind kind : values()) {
            if (kind.wire.equals(w) || kind.wire.replace("_", "").equals(w)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
