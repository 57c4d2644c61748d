package org.rapport.goals;

import java.util.List;
import java.util.UUID;
import org.rapport.api.WireValue;

/**
 * Do I know someone at a target organization, and how strong is the best path there? {@code path}
 * starts with the person you would ask and ends with someone at the organization (one person when
 * you know them directly); {@code strength} is the path's strength, 0 to 1.
 */
public record Advocacy(Level level, double strength, List<UUID> path, int peopleYouKnowThere) {
    public static final Advocacy NONE = new Advocacy(Level.NONE, 0, List.of(), 0);

    public enum Level implements WireValue {
        NONE,
        WEAK,
        MEDIUM,
        STRONG;

        static Level of(double strength) {
            if (strength <= 0) {
                return NONE;
            }
            return strength >= 0.6 ? STRONG : strength >= 0.3 ? MEDIUM : WEAK;
        }
    }

    public static Advocacy of(double strength, List<UUID> path, int peopleYouKnowThere) {
        return new Advocacy(Level.of(strength), strength, List.copyOf(path), peopleYouKnowThere);
    }
}
