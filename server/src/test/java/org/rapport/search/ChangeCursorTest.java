package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCursorTest {
    @Test
    void aSkippedValueIsAGapUntilItShowsUp() {
        var cursor = new ChangeCursor(10);
        cursor.seen(11, 0);
        cursor.seen(14, 0);
        assertThat(cursor.high()).isEqualTo(14);
        assertThat(cursor.gaps(10)).containsExactly(12L, 13L);
        assertThat(cursor.safe()).isEqualTo(11);

        cursor.seen(12, 5);
        assertThat(cursor.gaps(10)).containsExactly(13L);
        assertThat(cursor.safe()).isEqualTo(12);
        cursor.seen(13, 6);
        assertThat(cursor.hasGaps()).isFalse();
        assertThat(cursor.safe()).isEqualTo(14);
    }

    @Test
    void gapsOlderThanThePatienceBelongedToRolledBackTransactions() {
        var cursor = new ChangeCursor(0);
        cursor.seen(3, 1_000);
        cursor.seen(6, 5_000);
        cursor.expire(6_000, 2_000);
        assertThat(cursor.gaps(10)).containsExactly(4L, 5L);
        cursor.expire(8_000, 2_000);
        assertThat(cursor.hasGaps()).isFalse();
        assertThat(cursor.safe()).isEqualTo(6);
    }

    @Test
    void youngGapsAreTheOnesSeenSinceAMoment() {
        var cursor = new ChangeCursor(0);
        cursor.seen(3, 1_000);
        cursor.seen(6, 5_000);
        assertThat(cursor.gapsSince(4_000)).containsExactly(4L, 5L);
        assertThat(cursor.gapsSince(0)).containsExactly(1L, 2L, 4L, 5L);
        assertThat(cursor.gapsSince(6_000)).isEmpty();
    }

    @Test
    void afterARebuildTheValuesMissingBelowTheTargetAreWatched() {
        var cursor = ChangeCursor.after(10, 5, List.of(6L, 8L, 10L), 0);
        assertThat(cursor.high()).isEqualTo(10);
        assertThat(cursor.gaps(10)).containsExactly(7L, 9L);
        assertThat(cursor.safe()).isEqualTo(6);
    }

    @Test
    void theNumberOfGapsIsBounded() {
        var cursor = new ChangeCursor(0);
        cursor.seen(ChangeCursor.MAX_GAPS * 3L, 0);
        assertThat(cursor.gaps(Integer.MAX_VALUE)).hasSize(ChangeCursor.MAX_GAPS);
    }
}
