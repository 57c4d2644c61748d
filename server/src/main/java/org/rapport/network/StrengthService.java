package org.rapport.network;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeLog;
import org.rapport.db.WorkspaceId;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Strength for a page of people is computed on the spot from their evidence. Strength for a whole
 * workspace (sorting by it, boosting search) is computed in one pass and remembered until the
 * change log moves, like {@code PeopleCounts}; it is node-local and derived, so losing it costs
 * one pass. Entries also expire, because strength decays with time and because on PostgreSQL a
 * sequence number can commit after a higher one.
 */
@Service
class StrengthService implements TieStrength {
    /** Up to this many people are scored directly; more are read from the workspace pass. */
    static final int DIRECT_LIMIT = 500;

    static final long MAX_AGE_MILLIS = 60_000;
    static final int MAX_WORKSPACES = 64;

    private record Key(WorkspaceId workspace, UUID member) {}

    private record Snapshot(ChangeLog.Position position, long at, Map<UUID, Score> scores) {}

    private final StrengthEvidenceRepository evidence;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final Map<Key, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Snapshot> eldest) {
            return size() > MAX_WORKSPACES;
        }
    };

    StrengthService(StrengthEvidenceRepository evidence, ChangeLog changeLog, ObjectProvider<Clock> clock) {
        this.evidence = evidence;
        this.changeLog = changeLog;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public Map<UUID, Score> scores(CurrentMember me, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        if (personIds.size() <= DIRECT_LIMIT) {
            return score(evidence.load(me, personIds), personIds);
        }
        Map<UUID, Score> all = everyone(me);
        Map<UUID, Score> wanted = new HashMap<>();
        for (UUID id : personIds) {
            wanted.put(id, all.getOrDefault(id, nothing()));
        }
        return wanted;
    }

    /** Everyone the member has evidence about; people missing from the map score 0. */
    Map<UUID, Score> everyone(CurrentMember me) {
        Key key = new Key(me.workspace(), me.memberId());
        ChangeLog.Position position = changeLog.position(me.workspace());
        long now = clock.millis();
        synchronized (snapshots) {
            Snapshot known = snapshots.get(key);
            if (known != null && known.position().equals(position) && now - known.at() < MAX_AGE_MILLIS) {
                return known.scores();
            }
        }
        Map<UUID, StrengthEvidence> all = evidence.load(me, null);
        Map<UUID, Score> scores = Map.copyOf(score(all, all.keySet()));
        synchronized (snapshots) {
            snapshots.put(key, new Snapshot(position, now, scores));
        }
        return scores;
    }

    private Map<UUID, Score> score(Map<UUID, StrengthEvidence> found, Collection<UUID> ids) {
        Instant now = clock.instant();
        Map<UUID, Score> scores = new HashMap<>();
        for (UUID id : ids) {
            StrengthEvidence e = found.get(id);
            scores.put(id, e == null ? nothing() : StrengthFormula.score(e, now));
        }
        return scores;
    }

    private static Score nothing() {
        return StrengthFormula.score(new StrengthEvidence(), Instant.EPOCH);
    }
}
