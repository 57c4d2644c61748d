package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.rapport.testing.TestDatabase;

/**
 * V13 rebuilds goal_entries (person_id may be empty) and gives targets a stage: a database with
 * V12 goals keeps every entry and every recorded move, and its targets start identified since
 * they were added. Runs on SQLite and PostgreSQL like every IT.
 */
class GoalsMigrationIT {
    @Test
    void aV12DatabaseKeepsItsEntriesAndMovesAndItsTargetsGetAStage() throws SQLException {
        String url = TestDatabase.createDatabase();
        String vendor = TestDatabase.vendor().name().toLowerCase(Locale.ROOT);
        migrate(url, vendor, "12");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO workspaces (workspace_id, name, created_at) VALUES ('w', 'W', 1)");
            s.execute("INSERT INTO members (workspace_id, id, email, name, password_hash, role, created_at)"
                    + " VALUES ('w', 'm', 'm@example.com', 'M', 'x', 'owner', 1)");
            s.execute("INSERT INTO people (workspace_id, id, display_name, sort_name, created_at, updated_at, version)"
                    + " VALUES ('w', 'p', 'Dana', 'dana', 1, 1, 1)");
            s.execute("INSERT INTO organizations (workspace_id, id, name, name_key, created_at, updated_at, version)"
                    + " VALUES ('w', 'o', 'Globex', 'globex', 1, 1, 1)");
            s.execute("INSERT INTO goals (workspace_id, id, member_id, kind, title, created_at, updated_at, version)"
                    + " VALUES ('w', 'g', 'm', 'job_search', 'Search', 1, 1, 1)");
            s.execute("INSERT INTO goal_targets (workspace_id, id, goal_id, organization_id, motivation, posting,"
                    + " created_at) VALUES ('w', 't', 'g', 'o', 3, 0, 1000)");
            s.execute("INSERT INTO goal_entries (workspace_id, id, goal_id, person_id, organization_id, stage,"
                    + " stage_since, created_at, updated_at, version)"
                    + " VALUES ('w', 'e', 'g', 'p', 'o', 'contacted', 2000, 1000, 2000, 2)");
            s.execute("INSERT INTO goal_stage_moves (workspace_id, id, entry_id, from_stage, to_stage, moved_at)"
                    + " VALUES ('w', 'm1', 'e', NULL, 'identified', 1000), ('w', 'm2', 'e', 'identified',"
                    + " 'contacted', 2000)");
        }

        migrate(url, vendor, null);

        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT id, person_id, organization_id, stage, stage_since, version FROM goal_entries"))
                    .containsExactly("e|p|o|contacted|2000|2");
            assertThat(rows(s, "SELECT id, entry_id, from_stage, to_stage, moved_at FROM goal_stage_moves ORDER BY id"))
                    .containsExactly("m1|e|null|identified|1000", "m2|e|identified|contacted|2000");
            assertThat(rows(s, "SELECT id, stage, stage_since FROM goal_targets"))
                    .containsExactly("t|identified|1000");
            assertThat(rows(s, "SELECT target_id, from_stage, to_stage, moved_at, cause FROM goal_target_moves"))
                    .containsExactly("t|null|identified|1000|added");
            // The rebuilt table still cascades: a deleted person takes their entry and its moves along.
            s.execute("DELETE FROM people WHERE id = 'p'");
            assertThat(rows(s, "SELECT id FROM goal_stage_moves")).isEmpty();
            // And it takes an organization as the prospect, unique per goal.
            s.execute("INSERT INTO goal_entries (workspace_id, id, goal_id, organization_id, prospect_organization_id,"
                    + " stage, stage_since, created_at, updated_at, version)"
                    + " VALUES ('w', 'e2', 'g', 'o', 'o', 'lead', 1, 1, 1, 1)");
            try {
                s.execute("INSERT INTO goal_entries (workspace_id, id, goal_id, stage, stage_since, created_at,"
                        + " updated_at, version) VALUES ('w', 'e3', 'g', 'lead', 1, 1, 1, 1)");
                throw new AssertionError("an entry with neither a person nor an organization was accepted");
            } catch (SQLException expected) {
                // the CHECK constraint
            }
        }
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    cells.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    /** Flyway over the application's migration folders, up to a version (null: the latest). */
    private static void migrate(String url, String vendor, String target) {
        var config = Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }
}
