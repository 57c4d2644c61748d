package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KeepInTouchTest {
    private static final LocalDate LAST = LocalDate.of(2026, 1, 1);

    @Test
    void aPersonIsDueExactlyACadenceAfterTheLastContactAndNotADayBefore() {
        assertThat(KeepInTouch.status(LAST, 30, LAST.plusDays(29))).isEqualTo(KeepInTouch.Status.NOT_DUE);
        assertThat(KeepInTouch.status(LAST, 30, LAST.plusDays(30))).isEqualTo(KeepInTouch.Status.DUE);
        assertThat(KeepInTouch.dueOn(LAST, 30)).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void aPersonIsOverdueAtOneAndAHalfCadences() {
        assertThat(KeepInTouch.status(LAST, 30, LAST.plusDays(44))).isEqualTo(KeepInTouch.Status.DUE);
        assertThat(KeepInTouch.status(LAST, 30, LAST.plusDays(45))).isEqualTo(KeepInTouch.Status.OVERDUE);
        assertThat(KeepInTouch.overdueOn(LAST, 30)).isEqualTo(LAST.plusDays(45));
    }

    @Test
    void anOddCadenceRoundsTheOverdueDayUp() {
        // 1.5 × 7 = 10.5: still only due on day 10, overdue from day 11.
        assertThat(KeepInTouch.status(LAST, 7, LAST.plusDays(10))).isEqualTo(KeepInTouch.Status.DUE);
        assertThat(KeepInTouch.status(LAST, 7, LAST.plusDays(11))).isEqualTo(KeepInTouch.Status.OVERDUE);
        assertThat(KeepInTouch.overdueOn(LAST, 1)).isEqualTo(LAST.plusDays(2));
        assertThat(KeepInTouch.overdueOn(LAST, 365)).isEqualTo(LAST.plusDays(548));
    }

    @Test
    void theTierDefaultsAreThoseOfTheIssue() {
        CadenceDefaults standard = CadenceDefaults.standard();
        assertThat(standard.forTier(ClosenessTier.INNER_CIRCLE)).isEqualTo(7);
        assertThat(standard.forTier(ClosenessTier.CLOSE)).isEqualTo(30);
        assertThat(standard.forTier(ClosenessTier.REGULAR)).isEqualTo(90);
        assertThat(standard.forTier(ClosenessTier.ACQUAINTANCE)).isEqualTo(365);
        assertThat(standard.effective(12, ClosenessTier.CLOSE, java.util.Set.of()))
                .as("a person's own cadence overrides the tier")
                .isEqualTo(12);
    }
}
