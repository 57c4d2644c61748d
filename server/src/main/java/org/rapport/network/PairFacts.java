package org.rapport.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.network.NetworkRepository.RoleSpan;

/**
 * What ties a few people to each other (connections, introductions, roles, events), enough to say
 * in words why two of them are tied. The strongest evidence names the tie, by the same rule the
 * graph uses for its weight.
 */
final class PairFacts {
    record Tie(UUID a, UUID b, String type, @Nullable Double strength) {}

    record EventVisit(
            UUID encounterId,
            UUID personId,
            @Nullable String title,
            @Nullable String location,
            UUID memberId,
            Instant at) {}

    /** Why two people are tied, in words. */
    record Reason(double strength, Evidence evidence, String context) {}

    final List<Tie> connections = new ArrayList<>();
    final Map<UUID, UUID> introducedBy = new HashMap<>();
    final List<RoleSpan> roles = new ArrayList<>();
    final List<EventVisit> events = new ArrayList<>();

    /**
     * The strongest reason {@code a} and {@code b} are tied, or null when nothing ties them.
     * Event names are only shown for encounters the member logged: encounters are private.
     */
    @Nullable
    Reason why(UUID a, UUID b, Map<UUID, String> names, UUID memberId, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        String nameA = names.getOrDefault(a, "?");
        String nameB = names.getOrDefault(b, "?");
        for (Tie t : connections) {
            if ((t.a().equals(a) && t.b().equals(b)) || (t.a().equals(b) && t.b().equals(a))) {
                String type = t.type().replace('_', ' ');
                reasons.add(
                        t.strength() == null
                                ? new Reason(
                                        Evidence.connectionDefault(t.type()),
                                        Evidence.CONNECTION,
                                        "connected as " + type)
                                : new Reason(
                                        t.strength(),
                                        Evidence.CONNECTION_STRENGTH,
                                        "connected as " + type + ", strength set to " + Math.round(t.strength() * 100)
                                                + "%"));
            }
        }
        if (b.equals(introducedBy.get(a))) {
            reasons.add(new Reason(Evidence.INTRODUCED_STRENGTH, Evidence.INTRODUCED, nameB + " introduced " + nameA));
        }
        if (a.equals(introducedBy.get(b))) {
            reasons.add(new Reason(Evidence.INTRODUCED_STRENGTH, Evidence.INTRODUCED, nameA + " introduced " + nameB));
        }
        for (RoleSpan ra : roles) {
            if (!ra.personId().equals(a)) {
                continue;
            }
            for (RoleSpan rb : roles) {
                if (!rb.personId().equals(b) || !rb.organizationId().equals(ra.organizationId())) {
                    continue;
                }
                var overlap = Evidence.overlap(ra.start(), ra.end(), rb.start(), rb.end(), today);
                if (overlap != null) {
                    reasons.add(new Reason(
                            Evidence.roleOverlap(overlap),
                            Evidence.ROLE_OVERLAP,
                            "worked together at " + ra.organizationName() + " " + years(overlap, today)));
                }
            }
        }
        for (EventVisit va : events) {
            if (!va.personId().equals(a)) {
                continue;
            }
            for (EventVisit vb : events) {
                if (vb.personId().equals(b) && vb.encounterId().equals(va.encounterId())) {
                    reasons.add(new Reason(
                            Evidence.SAME_EVENT_STRENGTH, Evidence.SAME_EVENT, "both at " + eventName(va, memberId)));
                }
            }
        }
        Reason best = null;
        for (Reason r : reasons) {
            if (best == null
                    || Evidence.beats(
                            (float) r.strength(),
                            r.evidence().code(),
                            (float) best.strength(),
                            best.evidence().code())) {
                best = r;
            }
        }
        return best;
    }

    private static String years(Evidence.Overlap overlap, LocalDate today) {
        int from = overlap.from().getYear();
        if (overlap.to().equals(today)) {
            return "since " + from;
        }
        int to = overlap.to().getYear();
        return from == to ? String.valueOf(from) : from + "–" + to;
    }

    private static String eventName(EventVisit v, UUID memberId) {
        if (!v.memberId().equals(memberId)) {
            return "the same event";
        }
        String name = v.title() != null && !v.title().isBlank() ? v.title() : v.location();
        String year = String.valueOf(v.at().atOffset(ZoneOffset.UTC).getYear());
        if (name == null || name.isBlank()) {
            return "the same event in " + year;
        }
        return name.contains(year) ? name : name + " " + year;
    }
}
