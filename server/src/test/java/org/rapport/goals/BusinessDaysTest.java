package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void threeBusinessDaysFromAThursdayEndOnTuesday() {
        assertThat(BusinessDays.plus(d("2026-11-05"), 3)).isEqualTo(d("2026-11-10"));
    }

    @Test
    void sevenBusinessDaysFromAMondayEndOnWednesdayOfTheNextWeek() {
        assertThat(BusinessDays.plus(d("2026-11-02"), 7)).isEqualTo(d("2026-11-11"));
    }

    @Test
    void aWeekendStartCountsFromMonday() {
        assertThat(BusinessDays.plus(d("2026-11-07"), 1)).isEqualTo(d("2026-11-09"));
        assertThat(BusinessDays.plus(d("2026-11-08"), 3)).isEqualTo(d("2026-11-11"));
    }

    @Test
    void monthAndYearEndsAreCrossed() {
        // Friday 27 February 2026 + 3 → Wednesday 4 March
        assertThat(BusinessDays.plus(d("2026-02-27"), 3)).isEqualTo(d("2026-03-04"));
        // Wednesday 30 December 2026 + 3 → Monday 4 January 2027
        assertThat(BusinessDays.plus(d("2026-12-30"), 3)).isEqualTo(d("2027-01-04"));
        // leap year: Friday 28 February 2020 + 1 → Monday 2 March (29 February is a Saturday)
        assertThat(BusinessDays.plus(d("2020-02-28"), 1)).isEqualTo(d("2020-03-02"));
    }

    @Test
    void betweenCountsWorkingDaysAfterTheStartUpToTheEnd() {
        assertThat(BusinessDays.between(d("2026-11-06"), d("2026-11-09"))).isEqualTo(1); // Fri → Mon
        assertThat(BusinessDays.between(d("2026-11-06"), d("2026-11-08"))).isZero(); // Fri → Sun
        assertThat(BusinessDays.between(d("2026-11-02"), d("2026-11-02"))).isZero();
        assertThat(BusinessDays.between(d("2026-11-09"), d("2026-11-02"))).isZero();
        assertThat(BusinessDays.between(d("2026-12-30"), d("2027-01-04"))).isEqualTo(3);
        assertThat(BusinessDays.between(d("2026-01-01"), d("2027-01-01"))).isEqualTo(261);
    }

    @Test
    void betweenAndPlusAgreeForManyStartsAndLengths() {
        LocalDate start = d("2026-01-01");
        for (int i = 0; i < 60; i++) {
            LocalDate from = start.plusDays(i);
            for (int n = 0; n < 25; n++) {
                LocalDate to = BusinessDays.plus(from, n);
                assertThat(BusinessDays.between(from, to))
                        .as("%s + %d", from, n)
                        .isEqualTo(n);
            }
        }
    }
}
