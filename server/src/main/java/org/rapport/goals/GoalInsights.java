package org.rapport.goals;

import java.util.List;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.PageRequest;
import org.springframework.stereotype.Service;

/** What the insights page needs from goals: each goal's funnel and how advice requests were answered. */
@Service
public class GoalInsights {
    static final int MAX_GOALS = 20;

    private final GoalService goals;
    private final PipelineBuilder pipelines;

    GoalInsights(GoalService goals, PipelineBuilder pipelines) {
        this.goals = goals;
        this.pipelines = pipelines;
    }

    /** targetSteps: how far a job search's target organizations got (empty without targets). */
    public record GoalFunnel(
            Goal goal,
            List<Pipeline.FunnelStep> steps,
            Pipeline.ResponseRate responses,
            List<Pipeline.FunnelStep> targetSteps) {}

    /** The member's newest goals with their funnels and response rates. */
    public List<GoalFunnel> funnels(CurrentMember me) {
        return goals.list(me, PageRequest.of(0, MAX_GOALS)).items().stream()
                .map(g -> {
                    Pipeline p = pipelines.build(me, g.id());
                    return new GoalFunnel(g, p.funnel(), p.responseRate(), p.targetFunnel());
                })
                .toList();
    }
}
