package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final String[] DATES = {
        null, "2019", "2020", "2021-03", "2021-03-15", "2023-12-31", "2024-02", "2026", "2027-01-01", "not a date"
    };

    @Test
    void spansParsedOnceGiveTheSameStrengthAsTheDatesReadPerPair() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        int compared = 0;
        int overlapping = 0;
        for (String s1 : DATES) {
            for (String e1 : DATES) {
                for (String s2 : DATES) {
                    for (String e2 : DATES) {
                        double perPair = Evidence.roleOverlap(Evidence.overlap(s1, e1, s2, e2, TODAY));
                        var x = Evidence.span(a, s1, e1, TODAY);
                        var y = Evidence.span(b, s2, e2, TODAY);
                        double once = x == null || y == null ? 0 : x.overlapStrength(y);
                        assertThat(once)
                                .as(Arrays.asList(s1, e1, s2, e2).toString())
                                .isEqualTo(perPair);
                        compared++;
                        if (perPair > 0) {
                            overlapping++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(10_000);
        assertThat(overlapping).isGreaterThan(1000);
    }

    @Test
    void rolesOverlapByTheYear() {
        var globex = Evidence.span(UUID.randomUUID(), "2020-01-01", "2024-06-30", TODAY);
        var other = Evidence.span(UUID.randomUUID(), "2021-01-01", "2023-12-31", TODAY);
        assertThat(globex.overlapStrength(other)).isEqualTo(Math.min(0.7, 0.3 + 0.1 * (1094 / 365.25)));
        assertThat(Evidence.span(UUID.randomUUID(), "2030", null, TODAY)).isNotNull();
        assertThat(Evidence.span(UUID.randomUUID(), "garbage", null, TODAY)).isNull();
    }
}
