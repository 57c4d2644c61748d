package org.rapport.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a people list is narrowed to; every part is optional. */
public record PersonFilter(
        @Nullable String q,
        @Nullable Kind kind,
        @Nullable String tag,
        @Nullable List<UUID> onlyIds,
        @Nullable ClosenessTier tier,
        @Nullable LocalDate dueBy,
        Sort sort) {

    public static final PersonFilter ALL = new PersonFilter(null, null, null, null, null, null, Sort.NAME);

    /** People whose next contact is due on or before {@code day}, soonest first. */
    public static PersonFilter dueBy(LocalDate day, @Nullable Kind kind) {
        return new PersonFilter(null, kind, null, null, null, day, Sort.NEXT_DUE);
    }

    public enum Sort implements org.rapport.api.WireValue {
        NAME("name"),
        LAST_CONTACT("lastContact"),
        RECENTLY_ADDED("recentlyAdded"),
        NEXT_DUE("nextDue"),
        /** Strongest tie first (see {@link TieStrength}); the order among equals is by name. */
        STRENGTH("strength");

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
