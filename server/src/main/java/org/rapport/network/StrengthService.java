package org.rapport.network;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeStream;
import org.rapport.db.WorkspaceId;
import org.rapport.people.TieStrength;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Strength for a handful of people is computed on the spot from their evidence. Once a member
 * needs it for the whole workspace (sorting by it, many search hits), their strengths are kept in
 * memory ({@link MemberStrengths}) and brought up to date from the change log per changed person;
 * from then on every question of theirs is answered from there. It is node-local and derived, so
 * losing it costs one read of the workspace.
 */
@Service
class StrengthService implements TieStrength {
    /** Up to this many people are scored directly while the member has nothing in memory. */
    static final int DIRECT_LIMIT = 500;

    static final int MAX_MEMBERS = 32;

    /** A person without evidence: score 0, and the reason that says so. */
    private static final Score NOTHING = StrengthFormula.score(new StrengthEvidence(), Instant.EPOCH);

    private record Key(WorkspaceId workspace, UUID member) {}

    private final StrengthEvidenceRepository evidence;
    private final ChangeStream changes;
    private final Clock clock;
    private final Map<Key, MemberStrengths> members = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, MemberStrengths> eldest) {
            return size() > MAX_MEMBERS;
        }
    };

    StrengthService(StrengthEvidenceRepository evidence, ChangeStream changes, ObjectProvider<Clock> clock) {
        this.evidence = evidence;
        this.changes = changes;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        changes.subscribe(this::noted);
    }

    @Override
    public Map<UUID, Score> scores(CurrentMember me, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        boolean held;
        synchronized (members) {
            held = members.containsKey(key(me));
        }
        if (!held && personIds.size() <= DIRECT_LIMIT) {
            return score(evidence.load(me, personIds), personIds);
        }
        Map<UUID, Score> all = everyone(me);
        Map<UUID, Score> wanted = new HashMap<>();
        for (UUID id : personIds) {
            Score score = all.get(id);
            if (score != null) {
                wanted.put(id, score);
            } else if (personIds.size() <= DIRECT_LIMIT) {
                wanted.put(id, NOTHING);
            }
        }
        return wanted;
    }

    /** Everyone the member met or rated; people missing from the map score 0. */
    @Override
    public Map<UUID, Score> everyone(CurrentMember me) {
        changes.catchUp();
        MemberStrengths strengths;
        synchronized (members) {
            strengths = members.computeIfAbsent(key(me), k -> new MemberStrengths());
        }
        return strengths.current(me, evidence, clock.instant());
    }

    private void noted(List<ChangeStream.Change> changed) {
        List<Map.Entry<Key, MemberStrengths>> held;
        synchronized (members) {
            held = new ArrayList<>(members.entrySet());
        }
        for (ChangeStream.Change c : changed) {
            for (var entry : held) {
                if (entry.getKey().workspace().value().equals(c.workspace())) {
                    entry.getValue().note(c);
                }
            }
        }
    }

    private static Key key(CurrentMember me) {
        return new Key(me.workspace(), me.memberId());
    }

    private Map<UUID, Score> score(Map<UUID, StrengthEvidence> found, Collection<UUID> ids) {
        Instant now = clock.instant();
        Map<UUID, Score> scores = new HashMap<>();
        for (UUID id : ids) {
            StrengthEvidence e = found.get(id);
            scores.put(id, e == null ? NOTHING : StrengthFormula.score(e, now));
        }
        return scores;
    }
}
