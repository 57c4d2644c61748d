package org.rapport.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void idsAreVersion7WithTheRfcVariant() {
        UUID id = Ids.newId();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void idsCarryTheCurrentTimeInTheirFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + 1);
    }

    @Test
    void idsMadeInARowAreUniqueAndSortInCreationOrder() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.newId());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        List<String> asText = ids.stream().map(UUID::toString).toList();
        assertThat(asText).isSorted();
    }
}
