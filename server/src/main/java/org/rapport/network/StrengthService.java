package org.rapport.network;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeStream;
import org.rapport.db.MemberStates;
import org.rapport.db.WorkspaceId;
import org.rapport.people.TieStrength;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Strength for a handful of people is computed on the spot from their evidence, while the member's
 * whole evidence is read in the background; from then on their strengths are kept in memory
 * ({@link MemberStrengths}), brought up to date from the change log per changed person, and every
 * question of theirs is answered from there. Sorting everyone by strength reads it at once. It is node-local and derived, so
 * losing it costs one read of the workspace.
 */
@Service
class StrengthService implements TieStrength {
    /** Up to this many people are scored directly while the member has nothing in memory. */
    static final int DIRECT_LIMIT = 500;

    static final int MAX_MEMBERS = 32;

    /** A person without evidence: score 0, and the reason that says so. */
    private static final Score NOTHING = StrengthFormula.score(new StrengthEvidence(), Instant.EPOCH);

    private static final Logger log = LoggerFactory.getLogger(StrengthService.class);

    private record Key(WorkspaceId workspace, UUID member) {}

    private final StrengthEvidenceRepository evidence;
    private final ChangeStream changes;
    private final Clock clock;
    private final Set<Key> warming = ConcurrentHashMap.newKeySet();
    private final ExecutorService warmer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "strength-warm-up");
        t.setDaemon(true);
        return t;
    });
    private final MemberStates<MemberStrengths> members;

    StrengthService(StrengthEvidenceRepository evidence, ChangeStream changes, ObjectProvider<Clock> clock) {
        this.evidence = evidence;
        this.changes = changes;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.members = new MemberStates<>(MAX_MEMBERS, changes, MemberStrengths::new, MemberStrengths::note);
    }

    @Override
    public Map<UUID, Score> scores(CurrentMember me, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        MemberStrengths held = members.find(me.workspace(), me.memberId());
        if ((held == null || !held.loaded()) && personIds.size() <= DIRECT_LIMIT) {
            if (held == null) {
                warm(me);
            }
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

    /** Everyone the member met, rated or sees connected; people missing from the map score 0. */
    @Override
    public Map<UUID, Score> everyone(CurrentMember me) {
        changes.catchUp();
        return members.of(me.workspace(), me.memberId()).current(me, evidence, clock.instant());
    }

    @Override
    public Snapshot everyoneSince(CurrentMember me, long version) {
        changes.catchUp();
        return members.of(me.workspace(), me.memberId()).since(me, evidence, clock.instant(), version);
    }

    /**
     * Reads the member's evidence in the background, so that their next questions (a search's
     * candidates, a page of people) are answered from memory instead of SQL over their encounters.
     */
    private void warm(CurrentMember me) {
        Key key = key(me);
        if (!warming.add(key)) {
            return;
        }
        try {
            warmer.execute(() -> {
                try {
                    everyone(me);
                } catch (RuntimeException e) {
                    log.debug("Reading the strengths of member {} ahead failed: {}", me.memberId(), e.toString());
                } finally {
                    warming.remove(key);
                }
            });
        } catch (RejectedExecutionException e) {
            warming.remove(key); // shutting down
        }
    }

    @PreDestroy
    void stop() {
        warmer.shutdownNow();
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
