package org.rapport.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The best introduction paths from a member to any of some target people, through at most three
 * ties (member → first person → second person → target). A path's strength is the product of its
 * ties' strengths (so the best path is the shortest under −log strength) times 0.8 for each tie
 * after the first.
 *
 * <p>The search meets in the middle: one layer out from the targets (each neighbour keeps its
 * strongest tie into the targets), then either one more layer back from there or one layer out
 * from the people the member knows, whichever touches fewer ties. Both give the same paths, and
 * both stop as soon as no remaining candidate can beat the paths already found.
 */
final class IntroductionPathFinder {
    static final double HOP_PENALTY = 0.8;
    static final int MAX_HOPS = 3;

    /** Node ids from the first person to ask to the target; strength 0–1. */
    record Path(int[] nodes, double strength) {}

    private IntroductionPathFinder() {}

    /**
     * @param you the member's tie strength per node (0 or missing: not known)
     * @param known the nodes with a tie to the member
     */
    static List<Path> best(TieGraph graph, float[] you, int[] known, int[] targets, int limit, int maxHops) {
        float maxYou = 0;
        for (int x : known) {
            maxYou = Math.max(maxYou, strength(you, x));
        }
        return best(graph, you, known, maxYou, targets, limit, maxHops);
    }

    /** As above, with the strongest of the member's ties known beforehand (it bounds the search). */
    static List<Path> best(
            TieGraph graph, float[] you, int[] known, float maxYou, int[] targets, int limit, int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be 1 to 3");
        }
        var top = new TopPaths(limit);
        int n = graph.nodeCount();
        long[] isTarget = new long[(n >>> 6) + 1];
        int[] clean = Arrays.stream(targets)
                .filter(t -> t >= 0 && t < n)
                .distinct()
                .sorted()
                .toArray();
        for (int t : clean) {
            isTarget[t >>> 6] |= 1L << t;
        }
        for (int t : clean) {
            float w = strength(you, t);
            if (w > 0) {
                top.offer(w, t);
            }
        }
        if (maxHops < 2 || clean.length == 0) {
            return top.paths();
        }
        // Layer one back from the targets: each neighbour's strongest tie into them.
        var middle = new Middle(Math.max(16, clean.length * 8));
        for (int t : clean) {
            graph.forEachNeighbor(t, (x, w, e) -> {
                if (!marked(isTarget, x)) {
                    float yx = strength(you, x);
                    if (yx > 0) {
                        double score = (double) yx * w * HOP_PENALTY;
                        if (top.accepts(score)) {
                            top.offer(score, x, t);
                        }
                    }
                    if (maxHops > 2) {
                        middle.keep(x, w, t);
                    }
                }
            });
        }
        if (maxHops < 3 || middle.size == 0) {
            return top.paths();
        }
        long backwardCost = 0;
        for (int i = 0; i < middle.size; i++) {
            backwardCost += graph.degree(middle.nodes[i]);
        }
        // Only as far as needed to know which side is cheaper: a member may know 100,000 people.
        long forwardCost = 0;
        for (int i = 0; i < known.length && forwardCost <= backwardCost; i++) {
            if (known[i] < n) {
                forwardCost += graph.degree(known[i]);
            }
        }
        double square = HOP_PENALTY * HOP_PENALTY;
        if (backwardCost <= forwardCost) {
            int[] order = middle.byStrength();
            for (int i : order) {
                int y = middle.nodes[i];
                float wy = middle.weights[i];
                int t = middle.targets[i];
                if (!top.accepts((double) maxYou * wy * square)) {
                    break;
                }
                graph.forEachNeighbor(y, (x, w, e) -> {
                    float yx = strength(you, x);
                    if (yx > 0 && x != t && !marked(isTarget, x)) {
                        double score = (double) yx * w * wy * square;
                        if (top.accepts(score)) {
                            top.offer(score, x, y, t);
                        }
                    }
                });
            }
        } else {
            float maxMiddle = 0;
            for (int i = 0; i < middle.size; i++) {
                maxMiddle = Math.max(maxMiddle, middle.weights[i]);
            }
            int[] order = byStrength(you, known, n);
            for (int x : order) {
                float yx = strength(you, x);
                if (!top.accepts((double) yx * maxMiddle * square)) {
                    break;
                }
                if (marked(isTarget, x)) {
                    continue;
                }
                graph.forEachNeighbor(x, (y, w, e) -> {
                    int i = middle.indexOf(y);
                    if (i >= 0 && middle.targets[i] != x) {
                        double score = (double) yx * w * middle.weights[i] * square;
                        if (top.accepts(score)) {
                            top.offer(score, x, y, middle.targets[i]);
                        }
                    }
                });
            }
        }
        return top.paths();
    }

    private static float strength(float[] you, int node) {
        return node < you.length ? you[node] : 0;
    }

    private static boolean marked(long[] bits, int node) {
        return (bits[node >>> 6] & (1L << node)) != 0;
    }

    private static int[] byStrength(float[] you, int[] known, int n) {
        long[] keys = new long[known.length];
        int k = 0;
        for (int x : known) {
            float w = strength(you, x);
            if (x < n && w > 0) {
                // Strongest first: negative float bits sort like the floats (all positive here).
                keys[k++] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(w)) << 32) | x;
            }
        }
        Arrays.sort(keys, 0, k);
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = (int) keys[i];
        }
        return order;
    }

    /** Neighbours of the targets, each with its strongest tie into them (open addressing). */
    private static final class Middle {
        int[] slots;
        int[] nodes;
        float[] weights;
        int[] targets;
        int size;

        Middle(int expected) {
            int capacity = Integer.highestOneBit(expected * 2 - 1) * 2;
            slots = new int[capacity];
            Arrays.fill(slots, -1);
            nodes = new int[expected];
            weights = new float[expected];
            targets = new int[expected];
        }

        int indexOf(int node) {
            int mask = slots.length - 1;
            for (int s = mix(node) & mask; ; s = (s + 1) & mask) {
                int i = slots[s];
                if (i < 0) {
                    return -1;
                }
                if (nodes[i] == node) {
                    return i;
                }
            }
        }

        void keep(int node, float weight, int target) {
            int mask = slots.length - 1;
            int s = mix(node) & mask;
            for (; slots[s] >= 0; s = (s + 1) & mask) {
                int i = slots[s];
                if (nodes[i] == node) {
                    if (weight > weights[i] || (weight == weights[i] && target < targets[i])) {
                        weights[i] = weight;
                        targets[i] = target;
                    }
                    return;
                }
            }
            if (size == nodes.length) {
                nodes = Arrays.copyOf(nodes, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
                targets = Arrays.copyOf(targets, size * 2);
            }
            nodes[size] = node;
            weights[size] = weight;
            targets[size] = target;
            slots[s] = size++;
            if (size * 2 > slots.length) {
                rehash();
            }
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            Arrays.fill(slots, -1);
            int mask = slots.length - 1;
            for (int i = 0; i < size; i++) {
                int s = mix(nodes[i]) & mask;
                while (slots[s] >= 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = i;
            }
        }

        int[] byStrength() {
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(weights[i])) << 32) | i;
            }
            Arrays.sort(keys);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[i] = (int) keys[i];
            }
            return order;
        }

        private static int mix(int x) {
            int h = x * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** The best few paths seen so far: strongest first, then by node ids for a stable order. */
    private static final class TopPaths {
        private final int limit;
        private final List<Path> paths = new ArrayList<>();

        TopPaths(int limit) {
            this.limit = limit;
        }

        boolean accepts(double score) {
            return score > 0
                    && (paths.size() < limit
                            || score >= paths.get(paths.size() - 1).strength());
        }

        void offer(double score, int... nodes) {
            if (!accepts(score)) {
                return;
            }
            var path = new Path(nodes, score);
            int at = 0;
            while (at < paths.size() && compare(paths.get(at), path) <= 0) {
                at++;
            }
            if (at >= limit) {
                return;
            }
            paths.add(at, path);
            if (paths.size() > limit) {
                paths.remove(paths.size() - 1);
            }
        }

        private static int compare(Path a, Path b) {
            int c = Double.compare(b.strength(), a.strength());
            return c != 0 ? c : Arrays.compare(a.nodes(), b.nodes());
        }

        List<Path> paths() {
            return List.copyOf(paths);
        }
    }
}
