package org.rapport.people;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeStream;
import org.rapport.db.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * People lists sorted by strength, remembered per member and filter and patched after a write:
 * sorting means reading every matching id, so paging through a sorted list of 30,000 people would
 * otherwise read them all for every page, and the first page after a write would too. What a write
 * changed comes from the {@link ChangeStream}: a change of a relationship only makes its person
 * match the filter or not (checked for that person alone); encounters, connections and the like
 * match or unmatch nobody; a change of a person (a new name, tags, a deletion) or of anything else
 * reads the ids again. Whose scores moved comes from {@link TieStrength#everyoneSince}: those
 * people move in the order, the others stay. Node-local and derived, like {@link PeopleCounts}.
 */
@Component
class StrengthRanking {
    static final int MAX_ENTRIES = 16;
    /** Notes kept per workspace; an order older than that is built again. */
    static final int JOURNAL_SIZE = 4096;
    /** Entities whose changes never make anyone match a people filter or move in its name order. */
    private static final Set<String> NOT_PEOPLE = Set.of(
            "encounter",
            "connection",
            "follow_up",
            "suggestion_dismissal",
            "goal",
            "organization",
            "api_token",
            "feed_secret",
            "member",
            "workspace");

    private record Key(WorkspaceId workspace, UUID member, PersonFilter filter) {}

    private record Note(long number, boolean relationship, UUID person) {}

    /** What the change log said about one workspace's people, numbered, the latest last. */
    private static final class Journal {
        final ArrayDeque<Note> notes = new ArrayDeque<>();
        long next;

        void add(boolean relationship, UUID person) {
            notes.addLast(new Note(next++, relationship, person));
            if (notes.size() > JOURNAL_SIZE) {
                notes.removeFirst();
            }
        }

        /** The notes from number {@code from} on, or null when some of them were let go. */
        @Nullable
        List<Note> since(long from) {
            Note oldest = notes.peekFirst();
            if (from < next && (oldest == null || oldest.number() > from)) {
                return null;
            }
            List<Note> since = new ArrayList<>();
            for (Note n : notes) {
                if (n.number() >= from) {
                    since.add(n);
                }
            }
            return since;
        }
    }

    /** An order, the journal note it is current to and the version of the scores it used. */
    private record Ranked(Journal journal, long mark, long strengthVersion, StrengthOrder order) {}

    private final PersonRepository people;
    private final ChangeStream changes;
    private final Object lock = new Object();
    private final Map<WorkspaceId, Journal> journals = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<WorkspaceId, Journal> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Map<Key, Ranked> ranked = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Ranked> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    StrengthRanking(PersonRepository people, ChangeStream changes) {
        this.people = people;
        this.changes = changes;
        changes.subscribe(this::noted);
    }

    /** The ids matching {@code filter}, strongest first; equals keep their order by name. */
    List<UUID> ordered(CurrentMember me, PersonFilter filter, TieStrength strength) {
        changes.catchUp();
        Key key = new Key(me.workspace(), me.memberId(), filter);
        Journal journal;
        long mark;
        Ranked known;
        List<Note> notes = null;
        synchronized (lock) {
            journal = journals.computeIfAbsent(me.workspace(), ws -> new Journal());
            // Taken before anything is read: a change noted later is looked at again next time.
            mark = journal.next;
            known = ranked.get(key);
            if (known != null && known.journal() == journal) {
                notes = journal.since(known.mark());
            }
        }
        var scores = strength.everyoneSince(me, known == null ? -1 : known.strengthVersion());
        StrengthOrder order = notes == null ? null : patched(me, filter, known.order(), notes, scores);
        if (order == null) {
            order = StrengthOrder.of(people.ids(me.workspace(), me.memberId(), filter), scores.scores());
        }
        if (filter.onlyIds() == null) {
            synchronized (lock) {
                ranked.put(key, new Ranked(journal, mark, scores.version(), order));
            }
        }
        return order.ids();
    }

    /** The order brought up to date with these notes and scores, or null when only reading the ids again can. */
    private @Nullable StrengthOrder patched(
            CurrentMember me, PersonFilter filter, StrengthOrder order, List<Note> notes, TieStrength.Snapshot scores) {
        boolean onRelationship = filter.kind() != null || filter.tier() != null || filter.dueBy() != null;
        Set<UUID> recheck = new HashSet<>();
        for (Note n : notes) {
            if (!n.relationship()) {
                return null;
            }
            if (onRelationship) {
                recheck.add(n.person());
            }
        }
        if (!recheck.isEmpty()) {
            Set<UUID> matching = new HashSet<>(people.ids(me.workspace(), me.memberId(), only(filter, recheck)));
            Set<UUID> gone = new HashSet<>();
            for (UUID person : recheck) {
                boolean listed = order.byName().contains(person);
                if (matching.contains(person) && !listed) {
                    return null; // where they go by name is only known by reading the ids
                }
                if (!matching.contains(person) && listed) {
                    gone.add(person);
                }
            }
            if (!gone.isEmpty()) {
                return order.without(gone, scores.scores());
            }
        }
        return scores.moved() == null
                ? StrengthOrder.of(order.byName(), scores.scores())
                : order.moved(scores.moved(), scores.scores());
    }

    private static PersonFilter only(PersonFilter filter, Set<UUID> ids) {
        return new PersonFilter(
                filter.q(),
                filter.kind(),
                filter.tag(),
                List.copyOf(ids),
                filter.tier(),
                filter.dueBy(),
                filter.sort());
    }

    private void noted(List<ChangeStream.Change> changed) {
        synchronized (lock) {
            for (ChangeStream.Change c : changed) {
                Journal journal = journals.get(new WorkspaceId(c.workspace()));
                if (journal != null && !NOT_PEOPLE.contains(c.entity())) {
                    journal.add("relationship".equals(c.entity()), c.entityId());
                }
            }
        }
    }
}
