package org.rapport.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WhenTest {
    /** A Thursday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static LocalDate day(String value) {
        return When.parse(value, TODAY).date();
    }

    @Test
    void relativeDays() {
        assertThat(day("today")).isEqualTo(TODAY);
        assertThat(day(" Yesterday ")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(day("2 days ago")).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(day("1 day ago")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(day("a week ago")).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(day("3 weeks ago")).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void aWeekdayIsTheLatestSuchDayBeforeToday() {
        assertThat(day("monday")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(day("Last Fri")).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(day("wednesday")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(day("thursday")).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void isoDatesAndDateTimes() {
        assertThat(When.parse("2026-11-20", TODAY)).isEqualTo(new When(LocalDate.of(2026, 11, 20), null, null));
        assertThat(When.parse("2026-11-20T18:30", TODAY))
                .isEqualTo(new When(LocalDate.of(2026, 11, 20), LocalTime.of(18, 30), null));
        assertThat(When.parse("2026-11-20 18:30", TODAY).time()).isEqualTo(LocalTime.of(18, 30));
        assertThat(When.parse("2026-11-20T18:30:00-05:00", TODAY))
                .isEqualTo(new When(LocalDate.of(2026, 11, 20), LocalTime.of(18, 30), ZoneOffset.ofHours(-5)));
        assertThat(When.parse("2026-11-20T18:30Z", TODAY).offset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aRelativeDayMayEndWithATime() {
        assertThat(When.parse("yesterday 18:30", TODAY))
                .isEqualTo(new When(LocalDate.of(2026, 11, 25), LocalTime.of(18, 30), null));
        assertThat(When.parse("monday at 9:05", TODAY).time()).isEqualTo(LocalTime.of(9, 5));
    }

    @Test
    void anythingElseIsRefusedWithTheAcceptedForms() {
        for (String bad : new String[] {"someday", "2026-13-45", "tomorrow", "yesterday 25:00", ""}) {
            assertThatThrownBy(() -> When.parse(bad, TODAY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2 weeks ago");
        }
    }

    @Test
    void todayIsNowAnotherDayIsNoonAndAnOffsetIsKept() {
        ZonedDateTime now = ZonedDateTime.of(2026, 11, 26, 9, 15, 0, 0, ZoneId.of("America/New_York"));
        assertThat(When.parse("today", TODAY).at(now)).isEqualTo(now.toOffsetDateTime());
        assertThat(When.parse("yesterday", TODAY).at(now)).isEqualTo(OffsetDateTime.parse("2026-11-25T12:00-05:00"));
        assertThat(When.parse("2026-07-01 18:30", TODAY).at(now))
                .isEqualTo(OffsetDateTime.parse("2026-07-01T18:30-04:00"));
        assertThat(When.parse("2026-11-20T18:30+01:00", TODAY).at(now))
                .isEqualTo(OffsetDateTime.parse("2026-11-20T18:30+01:00"));
    }
}
