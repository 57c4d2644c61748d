package org.rapport.people;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How often to keep in touch when a person has no cadence of their own: by closeness tier first,
 * else by the kinds of networking (the most frequent of them), else never due.
 */
public record CadenceDefaults(Map<ClosenessTier, Integer> tiers, Map<Kind, Integer> kinds) {
    public static final int MAX_DAYS = 3650;

    public CadenceDefaults {
        tiers = tiers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(tiers));
        kinds = kinds.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(kinds));
    }

    /** The built-in defaults: inner circle 7 days, close 30, regular 90, acquaintance 365; none by kind. */
    public static CadenceDefaults standard() {
        Map<ClosenessTier, Integer> tiers = new EnumMap<>(ClosenessTier.class);
        for (ClosenessTier t : ClosenessTier.values()) {
            tiers.put(t, t.defaultCadenceDays());
        }
        return new CadenceDefaults(tiers, Map.of());
    }

    public int forTier(ClosenessTier tier) {
        return tiers.getOrDefault(tier, tier.defaultCadenceDays());
    }

    public @Nullable Integer forKind(Kind kind) {
        return kinds.get(kind);
    }

    /** A person's own cadence, else their tier's, else the shortest of their kinds', else none. */
    public @Nullable Integer effective(@Nullable Integer own, @Nullable ClosenessTier tier, Set<Kind> kindsOfPerson) {
        if (own != null) {
            return own;
        }
        if (tier != null) {
            return forTier(tier);
        }
        return kindsOfPerson.stream()
                .map(kinds::get)
                .filter(d -> d != null)
                .min(Integer::compare)
                .orElse(null);
    }
}
