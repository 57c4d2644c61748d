package org.rapport.network;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeStream;
import org.rapport.people.TieStrength;
import org.rapport.people.TieStrength.Score;

/**
 * One member's strength to everyone they have evidence about, kept in memory: the evidence is read
 * once, then only the people a change touched are read again, and the scores are recomputed from
 * the evidence in memory as time makes them decay. The change log says what changed; whom it
 * touched is worked out on the next use, so noting a change costs nothing.
 */
final class MemberStrengths {
    /** Scores decay with time: older than this, they are computed again from the evidence held. */
    static final long RESCORE_AFTER_MILLIS = 60_000;
    /** More people touched than this: reading the whole workspace again is cheaper. */
    static final int RELOAD_ABOVE = 2000;
    /** Whose scores the last this many patches moved is remembered (see {@link #since}). */
    static final int MOVES_KEPT = 64;

    private record Moved(long version, Set<UUID> people) {}

    /** What the change log said since the last use; guarded by itself, never held during a query. */
    private static final class Pending {
        final Set<UUID> people = new HashSet<>();
        final Set<UUID> encounters = new HashSet<>();
        /** Encounters changed or deleted (not new): people may have left them. */
        final Set<UUID> reshaped = new HashSet<>();

        final Set<UUID> connections = new HashSet<>();
        /** Set when more changed than {@link #RELOAD_ABOVE}: the sets stop growing, all is read again. */
        boolean overflow;

        int size() {
            return overflow ? Integer.MAX_VALUE : people.size() + encounters.size() + connections.size();
        }

        void clear() {
            people.clear();
            encounters.clear();
            reshaped.clear();
            connections.clear();
        }
    }

    private final Pending pending = new Pending();
    private volatile boolean loaded;
    private @Nullable Map<UUID, StrengthEvidence> evidence;
    private OverlayMap<UUID, Score> scores = OverlayMap.of(Map.of());
    private long scoredAt;
    /** Moves whenever {@link #scores} does. */
    private long version;
    /** The version at which every score was last computed again (a reload, or decay). */
    private long everyoneMovedAt;
    /** Whose scores each patch since then moved, oldest first. */
    private final ArrayDeque<Moved> moves = new ArrayDeque<>();

    void note(ChangeStream.Change change) {
        synchronized (pending) {
            switch (change.entity()) {
                case "person", "relationship" -> pending.people.add(change.entityId());
                case "encounter" -> {
                    pending.encounters.add(change.entityId());
                    if (!"create".equals(change.operation())) {
                        pending.reshaped.add(change.entityId());
                    }
                }
                case "connection" -> pending.connections.add(change.entityId());
                default -> {}
            }
            if (pending.size() > RELOAD_ABOVE) {
                pending.clear();
                pending.overflow = true;
            }
        }
    }

    /**
     * The scores brought up to date ({@link #current}), their version, and whose scores moved since
     * {@code since}: see {@link TieStrength.Snapshot}.
     */
    synchronized TieStrength.Snapshot since(
            CurrentMember me, StrengthEvidenceRepository repository, Instant now, long since) {
        Map<UUID, Score> current = current(me, repository, now);
        return new TieStrength.Snapshot(current, version, movedSince(since));
    }

    private @Nullable Set<UUID> movedSince(long since) {
        if (since == version) {
            return Set.of();
        }
        if (since < everyoneMovedAt || since > version) {
            return null;
        }
        Moved oldest = moves.peekFirst();
        if (oldest == null || oldest.version() > since + 1) {
            return null; // forgotten
        }
        Set<UUID> moved = new HashSet<>();
        for (Moved m : moves) {
            if (m.version() > since) {
                moved.addAll(m.people());
            }
        }
        return moved;
    }

    /** The scores, brought up to date with every change noted before this call. */
    synchronized Map<UUID, Score> current(CurrentMember me, StrengthEvidenceRepository repository, Instant now) {
        long at = now.toEpochMilli();
        Pending changed = drain();
        Map<UUID, StrengthEvidence> held = evidence;
        if (held == null || changed.size() > RELOAD_ABOVE) {
            return reload(me, repository, now);
        }
        if (changed.size() == 0) {
            if (at - scoredAt > RESCORE_AFTER_MILLIS) {
                rescore(now);
            }
            return scores;
        }
        StrengthEvidenceRepository.Touched touched =
                repository.touchedBy(me.workspace(), changed.encounters, changed.connections);
        if (touched.connectionGone()) {
            // A deleted connection's ends are gone with it; only a full read finds whose count fell.
            return reload(me, repository, now);
        }
        Set<UUID> again = new HashSet<>(changed.people);
        again.addAll(touched.people());
        if (!changed.reshaped.isEmpty()) {
            // People taken out of an encounter, or whose encounter was deleted, are no longer in its
            // participants: their evidence still names it. A new encounter has no one to lose.
            held.forEach((person, e) -> {
                for (StrengthEvidence.Contact c : e.contacts) {
                    if (changed.reshaped.contains(c.encounter())) {
                        again.add(person);
                        return;
                    }
                }
            });
        }
        if (again.size() > RELOAD_ABOVE) {
            return reload(me, repository, now);
        }
        if (!again.isEmpty()) {
            patch(me, repository, now, held, again);
        }
        if (at - scoredAt > RESCORE_AFTER_MILLIS) {
            rescore(now);
        }
        return scores;
    }

    /** Reads again the evidence of some people and scores them; the others' scores are not copied. */
    private void patch(
            CurrentMember me,
            StrengthEvidenceRepository repository,
            Instant now,
            Map<UUID, StrengthEvidence> held,
            Set<UUID> again) {
        Map<UUID, StrengthEvidence> fresh = repository.load(me, again);
        Map<UUID, @Nullable Score> changes = new HashMap<>();
        for (UUID person : again) {
            StrengthEvidence e = fresh.get(person);
            if (e == null) {
                held.remove(person);
                changes.put(person, null);
            } else {
                held.put(person, e);
                changes.put(person, StrengthFormula.score(e, now));
            }
        }
        scores = scores.with(changes);
        version++;
        moves.addLast(new Moved(version, again));
        if (moves.size() > MOVES_KEPT) {
            moves.removeFirst();
        }
    }

    private Pending drain() {
        synchronized (pending) {
            Pending taken = new Pending();
            taken.people.addAll(pending.people);
            taken.encounters.addAll(pending.encounters);
            taken.reshaped.addAll(pending.reshaped);
            taken.connections.addAll(pending.connections);
            taken.overflow = pending.overflow;
            pending.clear();
            pending.overflow = false;
            return taken;
        }
    }

    /** Whether the evidence has been read; before that, {@link #current} has to read it all. */
    boolean loaded() {
        return loaded;
    }

    private Map<UUID, Score> reload(CurrentMember me, StrengthEvidenceRepository repository, Instant now) {
        evidence = repository.load(me, null);
        rescore(now);
        loaded = true;
        return scores;
    }

    private void rescore(Instant now) {
        Map<UUID, Score> all = new HashMap<>();
        if (evidence != null) {
            evidence.forEach((person, e) -> all.put(person, StrengthFormula.score(e, now)));
        }
        scores = OverlayMap.of(all);
        scoredAt = now.toEpochMilli();
        version++;
        everyoneMovedAt = version;
        moves.clear();
    }
}
