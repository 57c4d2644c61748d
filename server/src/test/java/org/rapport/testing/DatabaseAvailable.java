package org.rapport.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only when a server answers. Outside CI a missing server skips them with a
 * loud message; with CI=true it fails the run instead, so CI can never pass without PostgreSQL.
 */
public class DatabaseAvailable implements ExecutionCondition {
    private static volatile String problem;
    private static volatile boolean checked;
    private static volatile boolean warned;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (TestDatabase.vendor() != TestDatabase.Vendor.POSTGRESQL) {
            return ConditionEvaluationResult.enabled("SQLite needs no server");
        }
        if (!checked) {
            problem = TestDatabase.postgresProblem();
            checked = true;
        }
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is up");
        }
        String message = "PostgreSQL is not reachable (" + problem + "): the PostgreSQL runs of the tests are SKIPPED. "
                + "Start it (pg_ctlcluster 15 main start) or set RAPPORT_TEST_PG_URL.";
        if (TestDatabase.isCi()) {
            throw new IllegalStateException("CI=true: " + message);
        }
        if (!warned) {
            warned = true;
            System.err.println("\n!!!!!!!!!!\n!!! " + message + "\n!!!!!!!!!!\n");
        }
        return ConditionEvaluationResult.disabled(message);
    }
}
