package org.rapport.goals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A goal as its board shows it: targets with advocacy, people by stage, advice requests, what to do next. */
public record Pipeline(
        Goal goal,
        List<Stage> stages,
        List<TargetView> targets,
        List<EntryView> entries,
        List<OutreachView> outreach,
        List<Suggestion> suggestions,
        ResponseRate responseRate,
        List<FunnelStep> funnel,
        List<FunnelStep> targetFunnel) {

    public record TargetView(
            Target target, Advocacy advocacy, List<String> pathNames, long daysInStage, List<TargetMoveView> history) {}

    /** A target's move with the name of the person who caused it, if one did. */
    public record TargetMoveView(TargetMove move, @Nullable String personName) {
        /** Why it moved, worded for the board. */
        public String why() {
            return switch (move.cause()) {
                case ADDED -> "added";
                case MANUAL -> "moved by hand";
                case PERSON ->
                    (personName == null ? "someone there" : personName) + " reached "
                            + move.to().label().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    /** An entry as the board shows it; personName is the organization's name for an organization prospect. */
    public record EntryView(
            Entry entry,
            String personName,
            @Nullable String organizationName,
            @Nullable String referredByName,
            long daysInStage,
            boolean stale,
            long touches,
            List<StageMove> history) {}

    public record OutreachView(
            Outreach outreach,
            String personName,
            @Nullable String organizationName,
            OutreachRoutine.Response response,
            OutreachRoutine.Next next,
            int businessDaysWaited) {}

    /** Something the routine asks for now, worded for the member. */
    public record Suggestion(
            OutreachRoutine.Next action,
            UUID outreachId,
            UUID personId,
            @Nullable UUID organizationId,
            @Nullable UUID candidateId,
            String text) {}

    /** How the contacts of a goal answered advice requests; rate is replied / sent (0 when none sent). */
    public record ResponseRate(int sent, int within3Days, int later, int never, int awaiting) {
        public double rate() {
            return sent == 0 ? 0 : (within3Days + later) / (double) sent;
        }

        public int percent() {
            return (int) Math.round(rate() * 100);
        }
    }

    /** How many entries reached a stage (or a later one on the main line). */
    public record FunnelStep(Stage stage, int reached) {}

    public List<EntryView> inStage(Stage stage) {
        return entries.stream().filter(e -> e.entry().stage() == stage).toList();
    }

    public long staleCount() {
        return entries.stream().filter(EntryView::stale).count();
    }

    public boolean isJobSearch() {
        return goal.kind() == GoalKind.JOB_SEARCH;
    }

    static LocalDate day(java.time.Instant at, java.time.ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
