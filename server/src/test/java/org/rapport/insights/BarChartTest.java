package org.rapport.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.insights.BarChart.Series;

class BarChartTest {
    @Test
    void stackedBarsSitOnEachOtherAndTheTallestStackReachesTheTop() {
        var chart = new BarChart(
                "c",
                "t",
                List.of("a", "b"),
                List.of(new Series("x", "c-x", List.of(3L, 1L)), new Series("y", "c-y", List.of(1L, 0L))),
                true);
        assertThat(chart.max()).isEqualTo(4);
        var bars = chart.bars();
        assertThat(bars).hasSize(3); // a zero value draws nothing
        var x = bars.get(0);
        var y = bars.get(1);
        assertThat(x.y() + x.height()).isEqualTo(chart.baseline());
        assertThat(y.y() + y.height()).isCloseTo(x.y(), org.assertj.core.data.Offset.offset(0.11));
        assertThat(y.y()).isCloseTo(BarChart.TOP, org.assertj.core.data.Offset.offset(0.11));
        assertThat(x.label()).isEqualTo("x, a: 3");
    }

    @Test
    void groupedBarsStandSideBySide() {
        var chart = new BarChart(
                "c",
                "t",
                List.of("a"),
                List.of(new Series("x", "c-x", List.of(10L)), new Series("y", "c-y", List.of(5L))),
                false);
        var bars = chart.bars();
        assertThat(bars.get(1).x()).isGreaterThan(bars.get(0).x());
        assertThat(bars.get(1).height()).isCloseTo(bars.get(0).height() / 2, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void theAxisEndsOnAReadableNumber() {
        assertThat(BarChart.niceCeiling(0)).isEqualTo(1);
        assertThat(BarChart.niceCeiling(4)).isEqualTo(4);
        assertThat(BarChart.niceCeiling(7)).isEqualTo(10);
        assertThat(BarChart.niceCeiling(23)).isEqualTo(50);
        assertThat(BarChart.niceCeiling(180)).isEqualTo(200);
    }

    @Test
    void anAllZeroChartIsEmpty() {
        assertThat(new BarChart("c", "t", List.of("a"), List.of(new Series("x", "c", List.of(0L))), true).isEmpty())
                .isTrue();
    }
}
