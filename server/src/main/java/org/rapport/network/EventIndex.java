package org.rapport.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who took part in each event encounter, both ways. The graph needs the participants of an event
 * when it changes (a deleted encounter's are no longer in the database); describing a path needs
 * the events two people shared, which in SQL means reading every encounter of a person who has
 * thousands. Written by the graph's catch-up, read by searches without a lock: the maps are
 * concurrent and each person's list is replaced, never changed in place.
 */
final class EventIndex {
    private static final UUID[] NONE = new UUID[0];

    private final Map<UUID, UUID[]> participants = new ConcurrentHashMap<>();
    private final Map<UUID, UUID[]> eventsOf = new ConcurrentHashMap<>();

    /** Every event's participants at once, as the graph's first load reads them. */
    static EventIndex of(Map<UUID, List<UUID>> events) {
        var index = new EventIndex();
        Map<UUID, List<UUID>> byPerson = new HashMap<>();
        events.forEach((encounter, people) -> {
            UUID[] now = new LinkedHashSet<>(people).toArray(NONE);
            index.participants.put(encounter, now);
            for (UUID p : now) {
                byPerson.computeIfAbsent(p, k -> new ArrayList<>(2)).add(encounter);
            }
        });
        byPerson.forEach((p, list) -> index.eventsOf.put(p, list.toArray(NONE)));
        return index;
    }

    /** Sets an event's participants (none: it is gone or no longer an event); returns the previous ones. */
    synchronized List<UUID> put(UUID encounter, Collection<UUID> people) {
        UUID[] before = participants.remove(encounter);
        if (before != null) {
            for (UUID p : before) {
                eventsOf.computeIfPresent(p, (k, list) -> {
                    UUID[] rest = Arrays.stream(list)
                            .filter(e -> !e.equals(encounter))
                            .toArray(UUID[]::new);
                    return rest.length == 0 ? null : rest;
                });
            }
        }
        if (!people.isEmpty()) {
            UUID[] now = new LinkedHashSet<>(people).toArray(NONE);
            participants.put(encounter, now);
            for (UUID p : now) {
                eventsOf.merge(p, new UUID[] {encounter}, (list, one) -> {
                    UUID[] more = Arrays.copyOf(list, list.length + 1);
                    more[list.length] = encounter;
                    return more;
                });
            }
        }
        return before == null ? List.of() : List.of(before);
    }

    /** The event encounters both people took part in. */
    List<UUID> shared(UUID a, UUID b) {
        UUID[] ea = eventsOf.getOrDefault(a, NONE);
        UUID[] eb = eventsOf.getOrDefault(b, NONE);
        if (ea.length == 0 || eb.length == 0) {
            return List.of();
        }
        UUID[] small = ea.length <= eb.length ? ea : eb;
        UUID[] large = small == ea ? eb : ea;
        Set<UUID> in = new HashSet<>(Arrays.asList(small));
        List<UUID> both = new ArrayList<>();
        for (UUID e : large) {
            if (in.contains(e)) {
                both.add(e);
            }
        }
        return both;
    }

    /** Who took part in an event encounter (empty when it is not one). */
    List<UUID> participants(UUID encounter) {
        UUID[] found = participants.get(encounter);
        return found == null ? List.of() : List.of(found);
    }

    int size() {
        return participants.size();
    }
}
