package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlayMapTest {
    @Test
    void patchesOnTopOfABaseBehaveAsACopiedMapAndLeaveEarlierVersionsAsTheyWere() {
        var random = new Random(9);
        Map<Integer, String> expected = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            expected.put(i, "v" + i);
        }
        var map = OverlayMap.of(new HashMap<>(expected));
        // Enough rounds that the entries on top are folded into a new base more than once.
        for (int round = 0; round < 400; round++) {
            Map<Integer, String> before = new HashMap<>(expected);
            var earlier = map;
            Map<Integer, String> changes = new HashMap<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                int key = random.nextInt(2500);
                String value = random.nextInt(3) == 0 ? null : "r" + round + "-" + i;
                changes.put(key, value);
            }
            changes.forEach((k, v) -> {
                if (v == null) {
                    expected.remove(k);
                } else {
                    expected.put(k, v);
                }
            });
            map = map.with(changes);
            assertThat(map).isEqualTo(expected).hasSameSizeAs(expected);
            assertThat(new HashMap<>(map)).isEqualTo(expected);
            for (int key : changes.keySet()) {
                assertThat(map.get(key)).isEqualTo(expected.get(key));
                assertThat(map.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(earlier).isEqualTo(before);
        }
    }

    @Test
    void itCannotBeChangedInPlace() {
        var map = OverlayMap.of(new HashMap<>(Map.of(1, "a")));
        assertThatThrownBy(() -> map.put(2, "b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
