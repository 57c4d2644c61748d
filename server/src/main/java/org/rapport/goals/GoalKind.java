package org.rapport.goals;

import java.util.List;
import org.rapport.api.WireValue;
import org.rapport.people.Kind;

/** The pipelines Rapport knows, each with its stages in order. */
public enum GoalKind implements WireValue {
    JOB_SEARCH(Kind.JOB_SEARCH, "Job search"),
    BUSINESS(Kind.BUSINESS, "New business");

    private final Kind kind;
    private final String label;

    GoalKind(Kind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    /** The networking kind its encounters are logged as. */
    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public List<Stage> stages() {
        return Stage.of(this);
    }

    public Stage firstStage() {
        return stages().get(0);
    }

    public static GoalKind fromWire(String wire) {
        return WireValue.parse(GoalKind.class, wire);
    }
}
