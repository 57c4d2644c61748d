package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntroductionPathFinderTest {
    private static final byte SET = Evidence.CONNECTION_STRENGTH.code();

    @Test
    void theStrongestChainWinsAndEachExtraTieCostsAFifth() {
        // you → 0 (0.9); 0 – 1 (0.5); 1 – 3 (0.8); 0 – 2 (0.9); 2 – 3 (0.9)
        var b = new TieGraph.Builder(4);
        b.add(0, 1, 0.5f, SET);
        b.add(1, 3, 0.8f, SET);
        b.add(0, 2, 0.9f, SET);
        b.add(2, 3, 0.9f, SET);
        float[] you = {0.9f, 0, 0, 0};
        var paths = IntroductionPathFinder.best(b.build(), you, new int[] {0}, new int[] {3}, 5, 3);
        assertThat(paths).extracting(p -> Arrays.toString(p.nodes())).containsExactly("[0, 2, 3]", "[0, 1, 3]");
        assertThat(paths.get(0).strength()).isCloseTo(0.9 * 0.9 * 0.9 * 0.64, within(1e-6));
        assertThat(paths.get(1).strength()).isCloseTo(0.9 * 0.5 * 0.8 * 0.64, within(1e-6));
    }

    @Test
    void noPathIsLongerThanTheLimit() {
        var b = new TieGraph.Builder(5);
        for (int i = 0; i < 4; i++) {
            b.add(i, i + 1, 1f, SET);
        }
        float[] you = {1, 0, 0, 0, 0};
        TieGraph g = b.build();
        assertThat(IntroductionPathFinder.best(g, you, new int[] {0}, new int[] {2}, 5, 3))
                .hasSize(1);
        assertThat(IntroductionPathFinder.best(g, you, new int[] {0}, new int[] {3}, 5, 3))
                .isEmpty();
        assertThat(IntroductionPathFinder.best(g, you, new int[] {0}, new int[] {2}, 5, 2))
                .isEmpty();
        assertThat(IntroductionPathFinder.best(g, you, new int[] {0}, new int[] {0}, 5, 1))
                .hasSize(1);
    }

    @Test
    void pathsDoNotPassThroughAnotherTarget() {
        var b = new TieGraph.Builder(3);
        b.add(0, 1, 1f, SET);
        b.add(1, 2, 1f, SET);
        float[] you = {1, 0, 0};
        var paths = IntroductionPathFinder.best(b.build(), you, new int[] {0}, new int[] {1, 2}, 5, 3);
        assertThat(paths).extracting(p -> Arrays.toString(p.nodes())).containsExactly("[0, 1]");
    }

    @Test
    void bothSearchDirectionsAgreeWithBruteForceOnRandomGraphs() {
        var random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 30 + random.nextInt(40);
            var b = new TieGraph.Builder(n);
            for (int e = 0; e < n * 3; e++) {
                b.add(random.nextInt(n), random.nextInt(n), 0.05f + random.nextInt(95) / 100f, SET);
            }
            TieGraph g = b.build();
            float[] you = new float[n];
            int knownCount = 1 + random.nextInt(round % 2 == 0 ? 3 : n / 2);
            int[] known = random.ints(knownCount, 0, n).distinct().toArray();
            for (int k : known) {
                you[k] = 0.1f + random.nextInt(90) / 100f;
            }
            int[] targets = random.ints(1 + random.nextInt(3), 0, n).distinct().toArray();
            var found = IntroductionPathFinder.best(g, you, known, targets, 5, 3);
            var expected = BruteForce.best(g, you, targets, 5);
            assertThat(found)
                    .extracting(IntroductionPathFinder.Path::strength)
                    .as("round %d", round)
                    .usingElementComparator((x, y) -> Math.abs(x - y) < 1e-9 ? 0 : Double.compare(x, y))
                    .containsExactlyElementsOf(expected);
        }
    }

    @Test
    void changedTiesWinOverTheArraysOnBothEnds() {
        var b = new TieGraph.Builder(3);
        b.add(0, 1, 0.5f, SET);
        TieGraph g = b.build();
        TieGraph changed = g.withAdjacencies(
                Map.of(1, new TieGraph.Adjacency(new int[] {2}, new float[] {0.7f}, new byte[] {SET})), 4);
        assertThat(changed.weight(0, 1)).isZero();
        assertThat(changed.weight(2, 1)).isEqualTo(0.7f);
        assertThat(changed.weight(1, 2)).isEqualTo(0.7f);
        TieGraph removed = changed.withAdjacencies(Map.of(2, TieGraph.Adjacency.EMPTY), 4);
        assertThat(removed.weight(1, 2)).isZero();
        assertThat(removed.compact().tieCount()).isZero();
        assertThat(changed.compact().weight(1, 2)).isEqualTo(0.7f);
        assertThat(changed.nodeCount()).isEqualTo(4);
    }

    @Test
    void aStrengthTheUserSetWinsOverStrongerInferredEvidence() {
        var b = new TieGraph.Builder(2);
        b.add(0, 1, 0.6f, Evidence.ROLE_OVERLAP.code());
        b.add(1, 0, 0.2f, SET);
        b.add(0, 1, 0.5f, Evidence.INTRODUCED.code());
        assertThat(b.build().weight(0, 1)).isEqualTo(0.2f);
        var c = new TieGraph.Builder(2);
        c.add(0, 1, 0.6f, Evidence.ROLE_OVERLAP.code());
        c.add(1, 0, 0.15f, Evidence.SAME_EVENT.code());
        assertThat(c.build().weight(0, 1)).isEqualTo(0.6f);
    }

    /** Every simple path of one to three ties, scored, best five strengths. */
    private static final class BruteForce {
        static List<Double> best(TieGraph g, float[] you, int[] targets, int limit) {
            var isTarget = new boolean[g.nodeCount()];
            for (int t : targets) {
                isTarget[t] = true;
            }
            var scores = new java.util.ArrayList<Double>();
            for (int t : targets) {
                if (you[t] > 0) {
                    scores.add((double) you[t]);
                }
            }
            // [x, t]
            for (int t : targets) {
                for (var x : g.adjacency(t).nodes()) {
                    if (!isTarget[x] && you[x] > 0) {
                        scores.add((double) you[x] * g.weight(x, t) * 0.8);
                    }
                }
            }
            // [x, y, t] with y's strongest tie into the targets (ties to the lower target id)
            for (int y = 0; y < g.nodeCount(); y++) {
                if (isTarget[y]) {
                    continue;
                }
                float best = 0;
                int bestT = -1;
                for (int t : Arrays.stream(targets).sorted().toArray()) {
                    float w = g.weight(y, t);
                    if (w > best) {
                        best = w;
                        bestT = t;
                    }
                }
                if (bestT < 0) {
                    continue;
                }
                for (int x : g.adjacency(y).nodes()) {
                    if (!isTarget[x] && x != bestT && you[x] > 0) {
                        scores.add((double) you[x] * g.weight(x, y) * best * 0.64);
                    }
                }
            }
            scores.sort((a, b) -> Double.compare(b, a));
            return scores.subList(0, Math.min(limit, scores.size()));
        }
    }
}
