package org.rapport.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.rapport.db.WorkspaceId;

/**
 * One workspace's graph: who knows whom ({@link TieGraph}, ints for people through
 * {@link NodeIndex}), shared by all its members, plus each member's own ties ({@link MemberTies}).
 * Searches read the current {@link Snapshot} without locking; changes replace it.
 */
final class WorkspaceGraph {
    /** The graph and its ids as one consistent value. */
    record Snapshot(TieGraph graph, NodeIndex index) {}

    final WorkspaceId workspace;
    private volatile Snapshot snapshot;
    /** Event encounters' participants, both ways. */
    final EventIndex events;

    final Map<UUID, MemberTies> members = new ConcurrentHashMap<>();

    private WorkspaceGraph(WorkspaceId workspace, Snapshot snapshot, EventIndex events) {
        this.workspace = workspace;
        this.snapshot = snapshot;
        this.events = events;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Reads the whole workspace from the database. */
    static WorkspaceGraph load(WorkspaceId ws, NetworkRepository repository) {
        var loader = new Loader();
        Map<UUID, List<UUID>> events = new HashMap<>();
        repository.load(ws, loader.people::add, loader, events::put, LocalDate.now());
        loader.start();
        return new WorkspaceGraph(ws, new Snapshot(loader.builder.build(), loader.index), EventIndex.of(events));
    }

    /** Ties arrive after all people (the repository reads people first), so their nodes are known. */
    private static final class Loader implements NetworkRepository.TieSink {
        final List<UUID> people = new ArrayList<>();
        NodeIndex index;
        TieGraph.Builder builder;
        // The same person often comes many times in a row (each pair of colleagues at an
        // organization): remembering the last one saves a third of the id lookups.
        private UUID lastId;
        private int lastNode;

        void start() {
            if (index == null) {
                index = NodeIndex.of(people);
                builder = new TieGraph.Builder(index.size());
            }
        }

        @Override
        public void add(UUID a, UUID b, double strength, Evidence evidence) {
            start();
            int x;
            if (a == lastId) {
                x = lastNode;
            } else {
                x = index.node(a);
                lastId = a;
                lastNode = x;
            }
            int y = index.node(b);
            if (x >= 0 && y >= 0) {
                builder.add(x, y, strength, evidence);
            }
        }
    }

    /** Re-reads these people's ties from the database; deleted people keep their node, without ties. */
    void refresh(Set<UUID> people, NetworkRepository repository) {
        if (people.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now();
        Map<UUID, Map<UUID, float[]>> found = new HashMap<>();
        Set<UUID> mentioned = new HashSet<>(people);
        for (UUID p : people) {
            Map<UUID, float[]> ties = new HashMap<>();
            repository.tiesOf(
                    workspace,
                    p,
                    (a, b, s, e) -> {
                        UUID other = a.equals(p) ? b : a;
                        float[] old = ties.get(other);
                        if (old == null || Evidence.beats((float) s, e.code(), old[0], (byte) old[1])) {
                            ties.put(other, new float[] {(float) s, e.code()});
                        }
                    },
                    today);
            found.put(p, ties);
            mentioned.addAll(ties.keySet());
        }
        Set<UUID> live = repository.live(workspace, mentioned);
        Snapshot current = snapshot;
        NodeIndex index = current.index()
                .plus(people.stream().filter(live::contains).sorted().toList());
        Map<Integer, TieGraph.Adjacency> replaced = new HashMap<>();
        for (var entry : found.entrySet()) {
            int node = index.node(entry.getKey());
            if (node < 0) {
                continue; // never seen and already gone
            }
            if (!live.contains(entry.getKey())) {
                replaced.put(node, TieGraph.Adjacency.EMPTY);
                continue;
            }
            var ties = entry.getValue().entrySet().stream()
                    .filter(t -> live.contains(t.getKey()) && index.node(t.getKey()) >= 0)
                    .toList();
            int[] n = new int[ties.size()];
            float[] w = new float[n.length];
            byte[] e = new byte[n.length];
            for (int i = 0; i < n.length; i++) {
                n[i] = index.node(ties.get(i).getKey());
                w[i] = ties.get(i).getValue()[0];
                e[i] = (byte) ties.get(i).getValue()[1];
            }
            replaced.put(node, new TieGraph.Adjacency(n, w, e));
        }
        snapshot = new Snapshot(current.graph().withAdjacencies(replaced, index.size()), index);
    }

    long retainedBytes() {
        Snapshot s = snapshot;
        return s.graph().retainedBytes() + s.index().retainedBytes();
    }
}
