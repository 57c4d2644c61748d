package org.rapport.network;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Who knows whom, as compact arrays: node ids are ints, each node's ties sit side by side
 * (compressed sparse rows: {@code offsets}, {@code targets}, {@code weights}, {@code evidence}).
 * Immutable, so searches read it without locks. Changes do not rewrite the arrays: a changed
 * node's whole adjacency goes into a small overlay that wins over the arrays for every tie that
 * touches it, until {@link #compact()} folds the overlay back in.
 */
final class TieGraph {
    /** Receives one neighbour of a node. */
    @FunctionalInterface
    interface Visitor {
        void visit(int node, float weight, byte evidence);
    }

    /** The ties of one node, for the overlay. */
    record Adjacency(int[] nodes, float[] weights, byte[] evidence) {
        static final Adjacency EMPTY = new Adjacency(new int[0], new float[0], new byte[0]);

        int size() {
            return nodes.length;
        }

        int indexOf(int node) {
            for (int i = 0; i < nodes.length; i++) {
                if (nodes[i] == node) {
                    return i;
                }
            }
            return -1;
        }

        Adjacency without(int node) {
            int i = indexOf(node);
            if (i < 0) {
                return this;
            }
            int[] n = new int[nodes.length - 1];
            float[] w = new float[n.length];
            byte[] e = new byte[n.length];
            System.arraycopy(nodes, 0, n, 0, i);
            System.arraycopy(nodes, i + 1, n, i, n.length - i);
            System.arraycopy(weights, 0, w, 0, i);
            System.arraycopy(weights, i + 1, w, i, n.length - i);
            System.arraycopy(evidence, 0, e, 0, i);
            System.arraycopy(evidence, i + 1, e, i, n.length - i);
            return new Adjacency(n, w, e);
        }

        Adjacency with(int node, float weight, byte ev) {
            Adjacency base = without(node);
            int k = base.nodes.length;
            int[] n = Arrays.copyOf(base.nodes, k + 1);
            float[] w = Arrays.copyOf(base.weights, k + 1);
            byte[] e = Arrays.copyOf(base.evidence, k + 1);
            n[k] = node;
            w[k] = weight;
            e[k] = ev;
            return new Adjacency(n, w, e);
        }
    }

    static final int COMPACT_AFTER = 4096;

    private final int nodeCount;
    private final int[] offsets;
    private final int[] targets;
    private final float[] weights;
    private final byte[] evidence;
    private final Map<Integer, Adjacency> overlay;
    private final Map<Integer, Adjacency> reverse;
    private final long[] changed;

    private TieGraph(
            int nodeCount,
            int[] offsets,
            int[] targets,
            float[] weights,
            byte[] evidence,
            Map<Integer, Adjacency> overlay) {
        this.nodeCount = nodeCount;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.evidence = evidence;
        this.overlay = overlay;
        this.changed = new long[(nodeCount >>> 6) + 1];
        overlay.keySet().forEach(v -> changed[v >>> 6] |= 1L << v);
        this.reverse = reverseOf(overlay);
    }

    static TieGraph empty() {
        return new Builder(0).build();
    }

    int nodeCount() {
        return nodeCount;
    }

    /** How many ties changed nodes hold outside the arrays. */
    int overlaySize() {
        return overlay.size();
    }

    private boolean isChanged(int v) {
        return (changed[v >>> 6] & (1L << v)) != 0;
    }

    private int baseCount() {
        return offsets.length - 1;
    }

    /** Number of ties of a node (an upper bound while the node's neighbours have changed). */
    int degree(int v) {
        if (isChanged(v)) {
            return overlay.get(v).size();
        }
        Adjacency extra = reverse.get(v);
        int base = v < baseCount() ? offsets[v + 1] - offsets[v] : 0;
        return base + (extra == null ? 0 : extra.size());
    }

    void forEachNeighbor(int v, Visitor visitor) {
        if (overlay.isEmpty()) {
            if (v >= baseCount()) {
                return;
            }
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                visitor.visit(targets[i], weights[i], evidence[i]);
            }
            return;
        }
        if (isChanged(v)) {
            visit(overlay.get(v), visitor);
            return;
        }
        if (v < baseCount()) {
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
                int u = targets[i];
                if (!isChanged(u)) {
                    visitor.visit(u, weights[i], evidence[i]);
                }
            }
        }
        Adjacency extra = reverse.get(v);
        if (extra != null) {
            visit(extra, visitor);
        }
    }

    private static void visit(Adjacency a, Visitor visitor) {
        for (int i = 0; i < a.nodes.length; i++) {
            visitor.visit(a.nodes[i], a.weights[i], a.evidence[i]);
        }
    }

    /** The current ties of a node, as a copy. */
    Adjacency adjacency(int v) {
        if (v >= nodeCount) {
            return Adjacency.EMPTY;
        }
        Adjacency[] out = {Adjacency.EMPTY};
        var n = new int[degree(v)];
        var w = new float[n.length];
        var e = new byte[n.length];
        int[] k = {0};
        forEachNeighbor(v, (u, wt, ev) -> {
            n[k[0]] = u;
            w[k[0]] = wt;
            e[k[0]++] = ev;
        });
        out[0] = new Adjacency(Arrays.copyOf(n, k[0]), Arrays.copyOf(w, k[0]), Arrays.copyOf(e, k[0]));
        return out[0];
    }

    /** The tie between two nodes: its weight, or 0 when they are not tied. */
    float weight(int a, int b) {
        if (a >= nodeCount || b >= nodeCount) {
            return 0;
        }
        float[] found = {0};
        forEachNeighbor(a, (u, w, e) -> {
            if (u == b) {
                found[0] = w;
            }
        });
        return found[0];
    }

    /** Which evidence names the tie between two nodes, or -1 when they are not tied. */
    byte evidence(int a, int b) {
        if (a >= nodeCount || b >= nodeCount) {
            return -1;
        }
        byte[] found = {-1};
        forEachNeighbor(a, (u, w, e) -> {
            if (u == b) {
                found[0] = e;
            }
        });
        return found[0];
    }

    /**
     * A graph where each given node has exactly the given ties (an empty adjacency removes a node's
     * ties); the other end of each tie sees it too. Nodes at or past {@link #nodeCount()} are added.
     */
    TieGraph withAdjacencies(Map<Integer, Adjacency> replaced, int newNodeCount) {
        int count = Math.max(nodeCount, newNodeCount);
        Map<Integer, Adjacency> next = new HashMap<>(overlay);
        for (var entry : replaced.entrySet()) {
            int d = entry.getKey();
            Adjacency fresh = entry.getValue();
            // Changed neighbours keep their own copy of the tie to d: bring it in line.
            Adjacency old = next.containsKey(d) ? next.get(d) : adjacency(d);
            for (int u : old.nodes) {
                if (next.containsKey(u) && fresh.indexOf(u) < 0) {
                    next.put(u, next.get(u).without(d));
                }
            }
            for (int i = 0; i < fresh.nodes.length; i++) {
                int u = fresh.nodes[i];
                if (next.containsKey(u)) {
                    next.put(u, next.get(u).with(d, fresh.weights[i], fresh.evidence[i]));
                }
            }
            next.put(d, fresh);
        }
        TieGraph graph = new TieGraph(count, offsets, targets, weights, evidence, next);
        return next.size() > COMPACT_AFTER ? graph.compact() : graph;
    }

    /** The same ties in fresh arrays, with an empty overlay. */
    TieGraph compact() {
        var builder = new Builder(nodeCount);
        for (int v = 0; v < nodeCount; v++) {
            int from = v;
            forEachNeighbor(v, (u, w, e) -> {
                if (from < u) {
                    builder.add(from, u, w, e);
                }
            });
        }
        return builder.build();
    }

    /** Bytes held by this graph's arrays and overlay (object headers included, roughly). */
    long retainedBytes() {
        long bytes = 16L
                + 4L * offsets.length
                + 16
                + 4L * targets.length
                + 16
                + 4L * weights.length
                + 16
                + evidence.length
                + 16
                + 8L * changed.length;
        for (Adjacency a : overlay.values()) {
            bytes += 96 + 9L * a.size();
        }
        for (Adjacency a : reverse.values()) {
            bytes += 96 + 9L * a.size();
        }
        return bytes;
    }

    /** Ties counted once per pair. */
    long tieCount() {
        long[] count = {0};
        for (int v = 0; v < nodeCount; v++) {
            int from = v;
            forEachNeighbor(v, (u, w, e) -> {
                if (from < u) {
                    count[0]++;
                }
            });
        }
        return count[0];
    }

    private static Map<Integer, Adjacency> reverseOf(Map<Integer, Adjacency> overlay) {
        if (overlay.isEmpty()) {
            return Map.of();
        }
        Map<Integer, Adjacency> reverse = new HashMap<>();
        for (var entry : overlay.entrySet()) {
            int d = entry.getKey();
            Adjacency a = entry.getValue();
            for (int i = 0; i < a.nodes.length; i++) {
                int u = a.nodes[i];
                if (!overlay.containsKey(u)) {
                    Adjacency known = reverse.get(u);
                    reverse.put(
                            u,
                            known == null
                                    ? new Adjacency(
                                            new int[] {d}, new float[] {a.weights[i]}, new byte[] {a.evidence[i]})
                                    : known.with(d, a.weights[i], a.evidence[i]));
                }
            }
        }
        return reverse;
    }

    /**
     * Collects ties in any order, several per pair if need be ({@link Evidence#beats} picks the
     * one that counts), and lays them out as arrays.
     */
    static final class Builder {
        private final int nodeCount;
        private int size;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private float[] weight = new float[1024];
        private byte[] kind = new byte[1024];

        Builder(int nodeCount) {
            this.nodeCount = nodeCount;
        }

        void add(int a, int b, double w, Evidence e) {
            add(a, b, (float) w, e.code());
        }

        void add(int a, int b, float w, byte e) {
            if (a == b || w <= 0) {
                return;
            }
            if (a < 0 || b < 0 || a >= nodeCount || b >= nodeCount) {
                throw new IllegalArgumentException("node out of range: " + a + ", " + b);
            }
            if (size == from.length) {
                int grown = size * 2;
                from = Arrays.copyOf(from, grown);
                to = Arrays.copyOf(to, grown);
                weight = Arrays.copyOf(weight, grown);
                kind = Arrays.copyOf(kind, grown);
            }
            from[size] = a;
            to[size] = b;
            weight[size] = w;
            kind[size++] = e;
        }

        TieGraph build() {
            int[] offsets = new int[nodeCount + 1];
            for (int i = 0; i < size; i++) {
                offsets[from[i] + 1]++;
                offsets[to[i] + 1]++;
            }
            for (int v = 0; v < nodeCount; v++) {
                offsets[v + 1] += offsets[v];
            }
            int[] fill = Arrays.copyOf(offsets, nodeCount);
            int[] entry = new int[2 * size]; // index of the tie, per directed slot
            int[] other = new int[2 * size];
            for (int i = 0; i < size; i++) {
                int a = fill[from[i]]++;
                entry[a] = i;
                other[a] = to[i];
                int b = fill[to[i]]++;
                entry[b] = i;
                other[b] = from[i];
            }
            // Each node's slots sorted by neighbour, duplicates merged.
            int[] outOffsets = new int[nodeCount + 1];
            int[] targets = new int[2 * size];
            float[] weights = new float[2 * size];
            byte[] evidence = new byte[2 * size];
            long[] keys = new long[16];
            int out = 0;
            for (int v = 0; v < nodeCount; v++) {
                int start = offsets[v];
                int deg = offsets[v + 1] - start;
                if (keys.length < deg) {
                    keys = new long[Math.max(deg, keys.length * 2)];
                }
                for (int j = 0; j < deg; j++) {
                    keys[j] = ((long) other[start + j] << 32) | entry[start + j];
                }
                Arrays.sort(keys, 0, deg);
                int last = -1;
                for (int j = 0; j < deg; j++) {
                    int u = (int) (keys[j] >>> 32);
                    int i = (int) keys[j];
                    if (u == last) {
                        if (Evidence.beats(weight[i], kind[i], weights[out - 1], evidence[out - 1])) {
                            weights[out - 1] = weight[i];
                            evidence[out - 1] = kind[i];
                        }
                        continue;
                    }
                    targets[out] = u;
                    weights[out] = weight[i];
                    evidence[out++] = kind[i];
                    last = u;
                }
                outOffsets[v + 1] = out;
            }
            return new TieGraph(
                    nodeCount,
                    outOffsets,
                    Arrays.copyOf(targets, out),
                    Arrays.copyOf(weights, out),
                    Arrays.copyOf(evidence, out),
                    Map.of());
        }
    }
}
