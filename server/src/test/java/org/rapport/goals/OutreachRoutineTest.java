package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rapport.goals.OutreachRoutine.Next;
import org.rapport.goals.OutreachRoutine.Response;

class OutreachRoutineTest {
    // Thursday 5 November 2026
    private static final LocalDate SENT = LocalDate.parse("2026-11-05");

    private static Next next(String today) {
        return OutreachRoutine.next(SENT, null, false, null, LocalDate.parse(today));
    }

    @Test
    void nothingToDoInTheFirstThreeBusinessDaysWhateverTheCalendarSays() {
        assertThat(next("2026-11-05")).isEqualTo(Next.WAIT);
        assertThat(next("2026-11-08")).isEqualTo(Next.WAIT); // Sunday: 1 business day
        assertThat(next("2026-11-09")).isEqualTo(Next.WAIT); // Monday: 2
    }

    @Test
    void afterThreeBusinessDaysReachASecondPersonThenAfterSevenFollowUpOnceThenStop() {
        assertThat(next("2026-11-10")).isEqualTo(Next.REACH_SECOND_PERSON); // Tuesday: 3
        assertThat(next("2026-11-13")).isEqualTo(Next.REACH_SECOND_PERSON); // Friday: 6
        assertThat(next("2026-11-16")).isEqualTo(Next.FOLLOW_UP_ONCE); // Monday: 7
        LocalDate followedUp = LocalDate.parse("2026-11-16");
        assertThat(OutreachRoutine.next(SENT, null, false, followedUp, LocalDate.parse("2026-12-30")))
                .isEqualTo(Next.WAIT);
    }

    @Test
    void aSecondPersonAlreadyContactedOrAReplyEndsTheSuggestions() {
        assertThat(OutreachRoutine.next(SENT, null, true, null, LocalDate.parse("2026-11-10")))
                .isEqualTo(Next.WAIT);
        assertThat(OutreachRoutine.next(
                        SENT, LocalDate.parse("2026-11-06"), false, null, LocalDate.parse("2026-11-20")))
                .isEqualTo(Next.WAIT);
    }

    @Test
    void responsesAreClassedByBusinessDays() {
        LocalDate today = LocalDate.parse("2026-12-01");
        assertThat(OutreachRoutine.response(SENT, LocalDate.parse("2026-11-10"), today))
                .isEqualTo(Response.WITHIN_3_DAYS);
        assertThat(OutreachRoutine.response(SENT, LocalDate.parse("2026-11-11"), today))
                .isEqualTo(Response.LATER);
        assertThat(OutreachRoutine.response(SENT, null, LocalDate.parse("2026-11-16")))
                .isEqualTo(Response.AWAITING);
        assertThat(OutreachRoutine.response(SENT, null, LocalDate.parse("2026-11-17")))
                .isEqualTo(Response.NEVER);
    }
}
