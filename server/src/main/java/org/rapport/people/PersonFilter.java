package org.rapport.people;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a people list is narrowed to; every part is optional. */
public record PersonFilter(
        @Nullable String q,
        @Nullable Kind kind,
        @Nullable String tag,
        @Nullable List<UUID> onlyIds,
        Sort sort) {

    public static final PersonFilter ALL = new PersonFilter(null, null, null, null, Sort.NAME);

    public enum Sort implements org.rapport.api.WireValue {
        NAME("name"),
        LAST_CONTACT("lastContact"),
        RECENTLY_ADDED("recentlyAdded");

        private final String wire;

        Sort(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }
}
