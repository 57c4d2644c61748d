package org.rapport.goals;

import java.util.Arrays;
import java.util.List;
import org.rapport.api.WireValue;

/**
 * Where a person stands in a goal's pipeline. A job search moves people from identified to
 * referred; new business moves prospects from lead to won or lost, with nurture to one side.
 */
public enum Stage implements WireValue {
    IDENTIFIED(GoalKind.JOB_SEARCH, "Identified", false),
    CONTACTED(null, "Contacted", false),
    CONVERSATION_HELD(GoalKind.JOB_SEARCH, "Conversation held", false),
    FOLLOWED_UP(GoalKind.JOB_SEARCH, "Followed up", false),
    REFERRED(GoalKind.JOB_SEARCH, "Referred", true),
    LEAD(GoalKind.BUSINESS, "Lead", false),
    CONVERSATION(GoalKind.BUSINESS, "Conversation", false),
    PROPOSAL(GoalKind.BUSINESS, "Proposal", false),
    WON(GoalKind.BUSINESS, "Won", true),
    LOST(GoalKind.BUSINESS, "Lost", true),
    NURTURE(GoalKind.BUSINESS, "Nurture", false);

    private static final List<Stage> JOB_SEARCH =
            List.of(IDENTIFIED, CONTACTED, CONVERSATION_HELD, FOLLOWED_UP, REFERRED);
    private static final List<Stage> BUSINESS = List.of(LEAD, CONTACTED, CONVERSATION, PROPOSAL, WON, LOST, NURTURE);

    // null: the stage belongs to both pipelines
    private final GoalKind only;
    private final String label;
    private final boolean done;

    Stage(GoalKind only, String label, boolean done) {
        this.only = only;
        this.label = label;
        this.done = done;
    }

    public String label() {
        return label;
    }

    /** A final stage: nothing more is expected, so it never goes stale. */
    public boolean isDone() {
        return done;
    }

    public boolean belongsTo(GoalKind kind) {
        return only == null || only == kind;
    }

    static List<Stage> of(GoalKind kind) {
        return kind == GoalKind.JOB_SEARCH ? JOB_SEARCH : BUSINESS;
    }

    static String allowed(GoalKind kind) {
        return String.join(
                ", ",
                Arrays.stream(values())
                        .filter(s -> s.belongsTo(kind))
                        .map(Stage::wire)
                        .toList());
    }

    public static Stage fromWire(String wire) {
        return WireValue.parse(Stage.class, wire);
    }
}
