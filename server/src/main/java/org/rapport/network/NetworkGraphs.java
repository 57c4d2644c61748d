package org.rapport.network;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.rapport.db.ChangeStream;
import org.rapport.db.WorkspaceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * This node's graphs, one per workspace, each loaded on first use and kept current by the node's
 * {@link ChangeStream}: a change committed here is in the next search, one committed on another
 * node within a fraction of a second.
 */
@Component
class NetworkGraphs {
    /** More changed people than this in one catch-up: reading the workspace again is cheaper. */
    static final int RELOAD_ABOVE = 2000;

    private static final Logger log = LoggerFactory.getLogger(NetworkGraphs.class);

    private final NetworkRepository repository;
    private final ChangeStream changes;
    private final Map<WorkspaceId, Slot> slots = new ConcurrentHashMap<>();

    NetworkGraphs(NetworkRepository repository, ChangeStream changes, ObjectProvider<MeterRegistry> meters) {
        this.repository = repository;
        this.changes = changes;
        changes.subscribe(this::catchUp);
        meters.ifAvailable(registry -> {
            Gauge.builder("rapport.network.graph.bytes", this, NetworkGraphs::retainedBytes)
                    .description("Bytes held by the loaded network graphs (arrays, overlay and id index)")
                    .baseUnit("bytes")
                    .register(registry);
            Gauge.builder("rapport.network.graph.ties", this, g -> g.count(true))
                    .description("Ties in the loaded network graphs, each pair once")
                    .register(registry);
            Gauge.builder("rapport.network.graph.people", this, g -> g.count(false))
                    .description("People (nodes) in the loaded network graphs")
                    .register(registry);
        });
    }

    private double count(boolean ties) {
        return loaded().mapToLong(g -> ties
                        ? g.snapshot().graph().tieCount()
                        : g.snapshot().index().size())
                .sum();
    }

    private java.util.stream.Stream<WorkspaceGraph> loaded() {
        return slots.values().stream().map(slot -> slot.graph).filter(java.util.Objects::nonNull);
    }

    /** The workspace's graph, current with every change committed before this call. */
    WorkspaceGraph current(WorkspaceId ws) {
        Slot slot = slots.computeIfAbsent(ws, k -> new Slot());
        changes.catchUp();
        slot.lock.lock();
        try {
            WorkspaceGraph graph = slot.graph;
            if (graph != null) {
                graph = apply(graph, slot.takePending());
            }
            if (graph == null) {
                // Until the graph is in the slot, changes polled wait there: the load may or may not
                // have read past them, and applying them again is harmless.
                slot.loading = true;
                long started = System.nanoTime();
                graph = WorkspaceGraph.load(ws, repository);
                log.info(
                        "Network graph of workspace {} loaded: {} people, {} ties, {} KiB, in {} ms",
                        ws,
                        graph.snapshot().index().size(),
                        graph.snapshot().graph().tieCount(),
                        graph.retainedBytes() / 1024,
                        (System.nanoTime() - started) / 1_000_000);
                WorkspaceGraph after = apply(graph, slot.takePending());
                graph = after == null ? WorkspaceGraph.load(ws, repository) : after;
            }
            slot.graph = graph;
            return graph;
        } finally {
            slot.loading = false;
            slot.lock.unlock();
        }
    }

    /** Bytes held by all loaded graphs, for the metrics endpoint. */
    long retainedBytes() {
        return loaded().mapToLong(WorkspaceGraph::retainedBytes).sum();
    }

    /**
     * Called by the change stream, on its thread: each workspace's changes are applied now unless
     * that workspace is busy (loading, or a search applying them), in which case they wait in its
     * slot for the next search. Changes that call for reading the workspace again unload it
     * instead, so the stream (and other workspaces) never wait for a load.
     */
    private void catchUp(List<ChangeStream.Change> changes) {
        for (var c : changes) {
            Slot slot = slots.get(new WorkspaceId(c.workspace()));
            if (slot != null && (slot.graph != null || slot.loading)) {
                slot.pending.add(c);
            }
        }
        for (Slot slot : slots.values()) {
            if (!slot.pending.isEmpty() && slot.graph != null && slot.lock.tryLock()) {
                try {
                    WorkspaceGraph graph = slot.graph;
                    if (graph != null) {
                        slot.graph = apply(graph, slot.takePending());
                    }
                } finally {
                    slot.lock.unlock();
                }
            }
        }
    }

    /** One workspace's graph, loaded on first use; its lock guards loading and applying changes. */
    private static final class Slot {
        final ReentrantLock lock = new ReentrantLock();
        final Queue<ChangeStream.Change> pending = new ConcurrentLinkedQueue<>();
        volatile @Nullable WorkspaceGraph graph;
        volatile boolean loading;

        List<ChangeStream.Change> takePending() {
            List<ChangeStream.Change> taken = new ArrayList<>();
            for (ChangeStream.Change c; (c = pending.poll()) != null; ) {
                taken.add(c);
            }
            return taken;
        }
    }

    /** The graph with these changes, or null when the workspace should be read again. */
    private @Nullable WorkspaceGraph apply(WorkspaceGraph graph, List<ChangeStream.Change> changes) {
        if (changes.isEmpty()) {
            return graph;
        }
        Set<UUID> people = new HashSet<>();
        boolean reload = false;
        for (var c : changes) {
            Set<UUID> touched = new HashSet<>();
            switch (c.entity()) {
                case "person" -> touched.add(c.entityId());
                case "relationship" -> memberChanged(graph, c, Set.of(c.entityId()));
                case "connection" -> touched.addAll(repository.connectionEnds(graph.workspace, c.entityId()));
                case "encounter" -> {
                    List<UUID> now = repository.eventParticipants(graph.workspace, c.entityId());
                    touched.addAll(graph.events.put(c.entityId(), now));
                    touched.addAll(now);
                    List<UUID> all = repository.participants(graph.workspace, c.entityId());
                    if (all.isEmpty() && "delete".equals(c.operation())) {
                        memberStale(graph, c);
                    }
                    memberChanged(graph, c, all);
                }
                case "organization" -> reload |= "delete".equals(c.operation());
                default -> {}
            }
            people.addAll(touched);
            if ("person".equals(c.entity())) {
                memberChanged(graph, c, touched);
            }
        }
        if (reload || people.size() > RELOAD_ABOVE) {
            return null;
        }
        graph.refresh(people, repository);
        return graph;
    }

    private static void memberChanged(WorkspaceGraph graph, ChangeStream.Change c, java.util.Collection<UUID> people) {
        if (c.member() != null && !people.isEmpty()) {
            var ties = graph.members.get(c.member());
            if (ties != null) {
                ties.changed(people);
            }
        }
    }

    private static void memberStale(WorkspaceGraph graph, ChangeStream.Change c) {
        if (c.member() != null) {
            var ties = graph.members.get(c.member());
            if (ties != null) {
                ties.stale();
            }
        }
    }
}
