package org.rapport.search;

import java.util.Locale;

/** The kinds of document in the index; the wire names of {@code types=}. */
enum IndexedType {
    PERSON,
    ORGANIZATION,
    ENCOUNTER;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
