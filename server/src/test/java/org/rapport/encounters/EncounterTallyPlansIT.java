package org.rapport.encounters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.db.Dialect;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The queries that bring kept suggestions up to date for a few people or encounters search indexes
 * by more than the workspace on SQLite. With {@code UNION} instead of {@code UNION ALL}, SQLite 3.54
 * walked every exchange of the workspace to merge in order: 250 ms a call at 300,000 encounters
 * (docs/benchmarks.md, Suggestions). Plans are SQLite's; PostgreSQL plans these well by itself.
 */
@RapportTest
class EncounterTallyPlansIT {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dialect dialect;

    @Test
    void thePerPersonQueriesNeverWalkAWholeWorkspace() {
        assumeTrue(dialect == Dialect.SQLITE, "EXPLAIN QUERY PLAN is SQLite's");
        for (String sql : List.of(
                EncounterTallyRepository.PEOPLE_IN,
                EncounterTallyRepository.ENCOUNTERS_OF_SOME,
                EncounterTallyRepository.HISTORIES_OF_SOME,
                EncounterTallyRepository.ATTRIBUTED_AMONG)) {
            List<String> plan = jdbc.sql("EXPLAIN QUERY PLAN " + sql)
                    .param("ws", UUID.randomUUID().toString())
                    .param("member", UUID.randomUUID().toString())
                    .param(
                            "ids",
                            List.of(
                                    UUID.randomUUID().toString(),
                                    UUID.randomUUID().toString()))
                    .query((rs, n) -> rs.getString("detail"))
                    .list();
            assertThat(plan)
                    .as(sql)
                    .isNotEmpty()
                    .noneMatch(step -> step.startsWith("SCAN") || step.endsWith("(workspace_id=?)"));
        }
    }
}
