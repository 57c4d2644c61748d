package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrengthOrderTest {
    @Test
    void theStrongestComeFirstAndEqualsKeepTheirOrderByName() {
        UUID a = id(1);
        UUID b = id(2);
        UUID c = id(3);
        UUID d = id(4);
        var order = StrengthOrder.of(List.of(a, b, c, d), Map.of(b, score(40), c, score(90), d, score(40)));
        assertThat(order.ids()).containsExactly(c, b, d, a);
    }

    @Test
    void movingAFewScoresGivesWhatOrderingAfreshGives() {
        var random = new Random(5);
        for (int round = 0; round < 300; round++) {
            List<UUID> byName = new ArrayList<>();
            Map<UUID, TieStrength.Score> scores = new HashMap<>();
            int n = 1 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                byName.add(id);
                if (random.nextInt(4) > 0) {
                    scores.put(id, score(random.nextInt(8) * 10)); // few values: many equals
                }
            }
            var order = StrengthOrder.of(byName, scores);
            for (int write = 0; write < 5; write++) {
                Map<UUID, TieStrength.Score> after = new HashMap<>(scores);
                Set<UUID> moved = new HashSet<>();
                // Usually a few, now and then more than are moved one by one.
                int count = random.nextInt(10) == 0 ? StrengthOrder.MOVE_AT_MOST + 1 : 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    UUID who = random.nextInt(10) == 0 ? UUID.randomUUID() : byName.get(random.nextInt(n));
                    moved.add(who);
                    if (random.nextInt(5) == 0) {
                        after.remove(who);
                    } else {
                        after.put(who, score(random.nextInt(101)));
                    }
                }
                order = order.moved(moved, after);
                assertThat(order.ids())
                        .isEqualTo(StrengthOrder.of(byName, after).ids());
                scores = after;
            }
            Set<UUID> gone = Set.of(byName.get(random.nextInt(n)));
            assertThat(order.without(gone, scores).ids())
                    .isEqualTo(StrengthOrder.of(
                                    byName.stream()
                                            .filter(id -> !gone.contains(id))
                                            .toList(),
                                    scores)
                            .ids())
                    .hasSize(n - 1);
        }
    }

    @Test
    void aScoreThatDidNotChangeLeavesTheOrderAsItWas() {
        var scores = Map.of(id(1), score(10));
        var order = StrengthOrder.of(List.of(id(1), id(2)), scores);
        assertThat(order.moved(Set.of(id(1), id(2)), scores)).isSameAs(order);
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static TieStrength.Score score(int score) {
        return new TieStrength.Score(score, List.of());
    }
}
