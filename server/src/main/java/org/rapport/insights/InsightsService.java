package org.rapport.insights;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.encounters.EncounterStats;
import org.rapport.goals.GoalInsights;
import org.rapport.goals.GoalKind;
import org.rapport.goals.Pipeline;
import org.rapport.insights.BarChart.Series;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;
import org.rapport.people.NetworkComposition;
import org.springframework.stereotype.Service;

/** Gathers the insights page's charts from encounters, goals and people. */
@Service
class InsightsService {
    static final int WEEKS = 12;
    static final int PERIODS = 13;
    static final Duration WEEK = Duration.ofDays(7);
    static final Duration FOUR_WEEKS = Duration.ofDays(28);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private final EncounterStats encounters;
    private final GoalInsights goals;
    private final NetworkComposition network;
    private final Clock clock;

    InsightsService(EncounterStats encounters, GoalInsights goals, NetworkComposition network, Clock clock) {
        this.encounters = encounters;
        this.goals = goals;
        this.network = network;
        this.clock = clock;
    }

    record Insights(
            BarChart conversations,
            BarChart giveAndTake,
            List<BarChart> funnels,
            BarChart responses,
            List<Rate> rates,
            BarChart network) {}

    /** A job search's response rate, for the caption under its bar. */
    record Rate(String goal, int sent, int percent) {}

    Insights gather(CurrentMember me) {
        GoalCharts goalCharts = funnels(me);
        return new Insights(
                conversations(me),
                giveAndTake(me),
                goalCharts.funnels(),
                goalCharts.responses(),
                goalCharts.rates(),
                network(me));
    }

    BarChart conversations(CurrentMember me) {
        LocalDate firstMonday = LocalDate.now(clock)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(WEEKS - 1);
        Instant start = firstMonday.atStartOfDay(clock.getZone()).toInstant();
        long[][] counts = new long[Kind.values().length][WEEKS];
        for (var c : encounters.encountersPerPeriod(me, start, start.plus(WEEK.multipliedBy(WEEKS)), WEEK)) {
            counts[c.kind().ordinal()][c.period()] += c.count();
        }
        List<Series> series = new ArrayList<>();
        for (Kind k : Kind.values()) {
            series.add(new Series(k.label(), "c-" + k.wire(), boxed(counts[k.ordinal()])));
        }
        List<String> weeks = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            weeks.add(DAY.format(firstMonday.plusWeeks(w)));
        }
        return new BarChart("conversations", "Conversations per week, by kind", weeks, series, true);
    }

    BarChart giveAndTake(CurrentMember me) {
        LocalDate first = LocalDate.now(clock).plusDays(1).minusDays(28L * PERIODS);
        Instant start = first.atStartOfDay(clock.getZone()).toInstant();
        long[] given = new long[PERIODS];
        long[] received = new long[PERIODS];
        for (var c :
                encounters.exchangesPerPeriod(me, start, start.plus(FOUR_WEEKS.multipliedBy(PERIODS)), FOUR_WEEKS)) {
            (c.given() ? given : received)[c.period()] += c.count();
        }
        List<String> periods = new ArrayList<>();
        for (int p = 0; p < PERIODS; p++) {
            periods.add(DAY.format(first.plusDays(28L * p)));
        }
        return new BarChart(
                "give-and-take",
                "Given and received, every four weeks",
                periods,
                List.of(
                        new Series("Given", "c-given", boxed(given)),
                        new Series("Received", "c-received", boxed(received))),
                false);
    }

    private record GoalCharts(List<BarChart> funnels, BarChart responses, List<Rate> rates) {}

    private GoalCharts funnels(CurrentMember me) {
        List<BarChart> funnels = new ArrayList<>();
        List<String> searches = new ArrayList<>();
        List<List<Long>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Rate> rates = new ArrayList<>();
        for (GoalInsights.GoalFunnel f : goals.funnels(me)) {
            List<Series> series = new ArrayList<>();
            series.add(new Series(
                    f.targetSteps().isEmpty() ? "Reached" : "People reached",
                    "c-" + f.goal().kind().kind().wire(),
                    f.steps().stream().map(s -> (long) s.reached()).toList()));
            if (!f.targetSteps().isEmpty()) {
                // Target organizations move through the same stages; their bars stand beside the people's.
                series.add(new Series(
                        "Organizations reached",
                        "c-professional",
                        f.targetSteps().stream().map(s -> (long) s.reached()).toList()));
            }
            funnels.add(new BarChart(
                    "funnel-" + f.goal().id(),
                    f.goal().title()
                            + (series.size() > 1 ? ": how far people and organizations got" : ": how far people got"),
                    f.steps().stream().map(s -> s.stage().label()).toList(),
                    series,
                    false));
            if (f.goal().kind() == GoalKind.JOB_SEARCH) {
                Pipeline.ResponseRate r = f.responses();
                searches.add(f.goal().title());
                columns.get(0).add((long) r.within3Days());
                columns.get(1).add((long) r.later());
                columns.get(2).add((long) r.never());
                columns.get(3).add((long) r.awaiting());
                rates.add(new Rate(f.goal().title(), r.sent(), r.percent()));
            }
        }
        BarChart responses = new BarChart(
                "responses",
                "How advice requests were answered",
                searches,
                List.of(
                        new Series("Within 3 business days", "c-within", columns.get(0)),
                        new Series("Later", "c-later", columns.get(1)),
                        new Series("Never", "c-never", columns.get(2)),
                        new Series("Awaiting", "c-awaiting", columns.get(3))),
                true);
        return new GoalCharts(funnels, responses, rates);
    }

    BarChart network(CurrentMember me) {
        List<@Nullable Kind> kinds = new ArrayList<>(Arrays.asList(Kind.values()));
        kinds.add(null);
        List<@Nullable ClosenessTier> tiers = new ArrayList<>(Arrays.asList(ClosenessTier.values()));
        tiers.add(null);
        long[][] counts = new long[tiers.size()][kinds.size()];
        for (var cell : network.byKindAndTier(me)) {
            counts[tiers.indexOf(cell.tier())][kinds.indexOf(cell.kind())] += cell.people();
        }
        List<Series> series = new ArrayList<>();
        for (int t = 0; t < tiers.size(); t++) {
            ClosenessTier tier = tiers.get(t);
            series.add(new Series(
                    tier == null ? "No tier" : label(tier.wire()),
                    "c-tier-" + (tier == null ? "none" : tier.wire()),
                    boxed(counts[t])));
        }
        return new BarChart(
                "network",
                "Your network by kind and closeness",
                kinds.stream().map(k -> k == null ? "No kind" : k.label()).toList(),
                series,
                true);
    }

    private static String label(String wire) {
        String spaced = wire.replace('_', ' ');
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
