package org.rapport.insights;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out for SVG: categories along the bottom, one bar per series in each (side by
 * side, or stacked). Pure layout arithmetic, no Spring; the template only draws what this computes.
 */
public record BarChart(String id, String title, List<String> categories, List<Series> series, boolean stacked) {
    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 8;
    static final int TOP = 12;
    static final int BOTTOM = 36;

    /** One series: its name, the CSS class that colours it, a value per category. */
    public record Series(String name, String cssClass, List<Long> values) {}

    public record Bar(double x, double y, double width, double height, String cssClass, String label) {}

    public record Tick(double y, long value) {}

    public record Label(double x, String text) {}

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public double baseline() {
        return HEIGHT - BOTTOM;
    }

    public boolean isEmpty() {
        return series.stream().flatMap(s -> s.values().stream()).allMatch(v -> v == 0);
    }

    /** The top of the axis: the largest bar (or stack), rounded up to a readable number. */
    public long max() {
        long max = 0;
        for (int c = 0; c < categories.size(); c++) {
            long stack = 0;
            for (Series s : series) {
                long v = s.values().get(c);
                stack = stacked ? stack + v : Math.max(stack, v);
            }
            max = Math.max(max, stack);
        }
        return niceCeiling(max);
    }

    static long niceCeiling(long value) {
        if (value <= 5) {
            return Math.max(1, value);
        }
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(value)));
        for (long step : new long[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    public List<Bar> bars() {
        List<Bar> bars = new ArrayList<>();
        if (categories.isEmpty()) {
            return bars;
        }
        double plot = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - LEFT - RIGHT) / (double) categories.size();
        double gap = slot * 0.2;
        double barWidth = stacked ? slot - gap : (slot - gap) / Math.max(1, series.size());
        long max = max();
        for (int c = 0; c < categories.size(); c++) {
            double x = LEFT + c * slot + gap / 2;
            double top = baseline();
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                long v = one.values().get(c);
                double h = plot * v / max;
                double barX = stacked ? x : x + s * barWidth;
                double y = stacked ? top - h : baseline() - h;
                if (stacked) {
                    top -= h;
                }
                if (v > 0) {
                    bars.add(new Bar(
                            round(barX),
                            round(y),
                            round(barWidth),
                            round(h),
                            one.cssClass(),
                            one.name() + ", " + categories.get(c) + ": " + v));
                }
            }
        }
        return bars;
    }

    public List<Tick> ticks() {
        long max = max();
        double plot = HEIGHT - TOP - BOTTOM;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            long value = Math.round(max * i / 4.0);
            if (!ticks.isEmpty() && ticks.get(ticks.size() - 1).value() == value) {
                continue;
            }
            ticks.add(new Tick(round(baseline() - plot * value / max), value));
        }
        return ticks;
    }

    /** Category names under the bars; with many categories only every other one, so they stay legible. */
    public List<Label> labels() {
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, categories.size());
        int every = categories.size() > 8 ? 2 : 1;
        List<Label> labels = new ArrayList<>();
        for (int c = 0; c < categories.size(); c += every) {
            labels.add(new Label(round(LEFT + c * slot + slot / 2), categories.get(c)));
        }
        return labels;
    }

    /** The value of a series in a category, for the data table. */
    public long value(Series s, int category) {
        return s.values().get(category);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
