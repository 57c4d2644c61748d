package org.rapport.network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;
import org.rapport.people.TieStrength;

/**
 * Relationship strength, 0–100, after the tie-strength research (Granovetter 1973; Gilbert and
 * Karahalios 2009): recency, intensity, duration, reciprocity and multiplexity, each 0–1 and
 * each explained in words, so a score never stands without its reasons. A closeness the member
 * set themselves blends in at half weight: it is what they know that the log does not.
 */
final class StrengthFormula {
    static final double RECENCY_HALF_LIFE_DAYS = 90;
    static final double INTENSITY_HALF_LIFE_DAYS = 180;

    private StrengthFormula() {}

    static TieStrength.Score score(StrengthEvidence e, Instant now) {
        List<String> reasons = new ArrayList<>();
        double recency = recency(e, now, reasons);
        double intensity = intensity(e, now, reasons);
        double duration = duration(e, now, reasons);
        double reciprocity = reciprocity(e, now, reasons);
        double multiplexity = multiplexity(e, reasons);
        double computed =
                100 * (0.30 * recency + 0.25 * intensity + 0.15 * duration + 0.15 * reciprocity + 0.15 * multiplexity);
        double score = computed;
        if (e.tier != null) {
            score = (computed + 0.5 * closeness(e.tier)) / 1.5;
            reasons.add("you rated them " + e.tier.wire().replace('_', ' '));
        }
        if (e.contacts.isEmpty() && e.tier == null) {
            reasons.add(0, "no conversations logged yet");
        }
        return new TieStrength.Score((int) Math.round(Math.max(0, Math.min(100, score))), List.copyOf(reasons));
    }

    /** R = 2^(−d/90), d = days since the last two-way encounter. */
    private static double recency(StrengthEvidence e, Instant now, List<String> reasons) {
        Instant last = null;
        for (var c : e.contacts) {
            if (c.weight().twoWay() && !c.at().isAfter(now) && (last == null || c.at().isAfter(last))) {
                last = c.at();
            }
        }
        if (last == null) {
            return 0;
        }
        long days = Duration.between(last, now).toDays();
        reasons.add(days == 0 ? "talked today" : "last talked " + days + (days == 1 ? " day ago" : " days ago"));
        return Math.pow(2, -days / RECENCY_HALF_LIFE_DAYS);
    }

    /** F = M/(M+4), M the encounters weighted by channel and halved every 180 days. */
    private static double intensity(StrengthEvidence e, Instant now, List<String> reasons) {
        double m = 0;
        int lastSixMonths = 0;
        for (var c : e.contacts) {
            if (c.at().isAfter(now)) {
                continue;
            }
            double age = Duration.between(c.at(), now).toHours() / 24.0;
            m += c.weight().value * Math.pow(2, -age / INTENSITY_HALF_LIFE_DAYS);
            if (age <= 183) {
                lastSixMonths++;
            }
        }
        if (lastSixMonths > 0) {
            reasons.add(lastSixMonths + (lastSixMonths == 1 ? " conversation" : " conversations") + " in 6 months");
        }
        return m / (m + 4);
    }

    /** D = min(1, ln(1 + years known) / ln 6): five years known is as long as it counts. */
    private static double duration(StrengthEvidence e, Instant now, List<String> reasons) {
        Instant first = null;
        for (var c : e.contacts) {
            if (first == null || c.at().isBefore(first)) {
                first = c.at();
            }
        }
        if (first == null || first.isAfter(now)) {
            return 0;
        }
        double years = Duration.between(first, now).toDays() / 365.25;
        if (years >= 1) {
            int whole = (int) Math.floor(years);
            reasons.add("known " + whole + (whole == 1 ? " year" : " years"));
        } else {
            long months = Math.max(1, Math.round(years * 12));
            reasons.add("known " + months + (months == 1 ? " month" : " months"));
        }
        return Math.min(1, Math.log(1 + years) / Math.log(6));
    }

    /**
     * P = 1 − |gave − received| / (gave + received + 2) over the last 12 months. Without any
     * conversation in that time there is no give and take to speak of, so it counts 0 rather
     * than a perfect balance of nothing.
     */
    private static double reciprocity(StrengthEvidence e, Instant now, List<String> reasons) {
        Instant yearAgo = now.minus(Duration.ofDays(365));
        int gave = 0;
        int received = 0;
        boolean any = false;
        for (var c : e.contacts) {
            if (c.at().isAfter(yearAgo) && !c.at().isAfter(now)) {
                any = true;
                gave += c.gave();
                received += c.received();
            }
        }
        if (!any) {
            return 0;
        }
        if (gave + received > 0) {
            reasons.add("you gave " + gave + " / received " + received + " in 12 months");
        }
        return 1 - Math.abs(gave - received) / (double) (gave + received + 2);
    }

    /** X = min(1, 0.5·(kinds − 1) + 0.1·min(shared connections, 5)). */
    private static double multiplexity(StrengthEvidence e, List<String> reasons) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        kinds.addAll(e.relationshipKinds);
        e.contacts.forEach(c -> kinds.add(c.kind()));
        if (kinds.size() > 1) {
            reasons.add("you know each other in " + kinds.size() + " ways ("
                    + String.join(
                            ", ",
                            kinds.stream().map(k -> k.wire().replace('_', ' ')).toList()) + ")");
        }
        if (e.sharedConnections > 0) {
            reasons.add(e.sharedConnections + (e.sharedConnections == 1 ? " connection" : " connections")
                    + " in your network");
        }
        return Math.min(1, 0.5 * Math.max(0, kinds.size() - 1) + 0.1 * Math.min(e.sharedConnections, 5));
    }

    /** The member's own rating on the same 0–100 scale. */
    static double closeness(ClosenessTier tier) {
        return switch (tier) {
            case INNER_CIRCLE -> 100;
            case CLOSE -> 75;
            case REGULAR -> 50;
            case ACQUAINTANCE -> 25;
        };
    }
}
