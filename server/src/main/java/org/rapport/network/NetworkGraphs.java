package org.rapport.network;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<WorkspaceId, WorkspaceGraph> graphs = new ConcurrentHashMap<>();

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
        return graphs.values().stream()
                .mapToLong(g -> ties
                        ? g.snapshot().graph().tieCount()
                        : g.snapshot().index().size())
                .sum();
    }

    /** The workspace's graph, current with every change committed before this call. */
    WorkspaceGraph current(WorkspaceId ws) {
        // Outside this object's lock: the feed calls back into catchUp, which takes it.
        changes.catchUp();
        synchronized (this) {
            WorkspaceGraph graph = graphs.get(ws);
            if (graph == null) {
                long started = System.nanoTime();
                graph = WorkspaceGraph.load(ws, repository);
                graphs.put(ws, graph);
                log.info(
                        "Network graph of workspace {} loaded: {} people, {} ties, {} KiB, in {} ms",
                        ws,
                        graph.snapshot().index().size(),
                        graph.snapshot().graph().tieCount(),
                        graph.retainedBytes() / 1024,
                        (System.nanoTime() - started) / 1_000_000);
            }
            return graph;
        }
    }

    /** Bytes held by all loaded graphs, for the metrics endpoint. */
    long retainedBytes() {
        return graphs.values().stream().mapToLong(WorkspaceGraph::retainedBytes).sum();
    }

    /** A graph not loaded yet when these changes arrive is loaded later, with them. */
    private synchronized void catchUp(List<ChangeStream.Change> changes) {
        Map<WorkspaceId, List<ChangeStream.Change>> byWorkspace = new HashMap<>();
        for (var c : changes) {
            var ws = new WorkspaceId(c.workspace());
            if (graphs.containsKey(ws)) {
                byWorkspace
                        .computeIfAbsent(ws, k -> new java.util.ArrayList<>())
                        .add(c);
            }
        }
        byWorkspace.forEach((ws, list) -> apply(graphs.get(ws), list));
    }

    private void apply(WorkspaceGraph graph, List<ChangeStream.Change> changes) {
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
            var fresh = WorkspaceGraph.load(graph.workspace, repository);
            graphs.put(graph.workspace, fresh);
            return;
        }
        graph.refresh(people, repository);
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
