package org.rapport.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchColumnsTest {
    record Role(String id, String title, int position, long at) {}

    static final BatchColumns<Role> ROLES = BatchColumns.<Role>of()
            .varchar("id", Role::id)
            .varchar("title", Role::title)
            .integer("position", Role::position)
            .bigint("created_at", Role::at);

    @Test
    void eachColumnIsNamedOnceAndGivesTheListThePlaceholdersAndTheTypes() {
        assertThat(ROLES.names()).isEqualTo("id, title, position, created_at");
        assertThat(ROLES.placeholders()).isEqualTo("?, ?, ?, ?");
        assertThat(ROLES.assignments()).isEqualTo("id = ?, title = ?, position = ?, created_at = ?");
        assertThat(ROLES.types()).containsExactly(Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT);
    }

    @Test
    void rowsHoldTheValuesInColumnOrderNullsIncluded() {
        List<Object[]> rows = ROLES.rows(List.of(new Role("r1", "CTO", 0, 7L), new Role("r2", null, 1, 8L)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("r1", "CTO", 0, 7L);
        assertThat(rows.get(1)).containsExactly("r2", null, 1, 8L);
        assertThat(ROLES.rows(List.of())).isEmpty();
    }

    @Test
    void thenAppendsColumnsWithoutChangingEitherPart() {
        BatchColumns<Role> key = BatchColumns.<Role>of().varchar("id", Role::id);
        BatchColumns<Role> set = BatchColumns.<Role>of().varchar("title", Role::title);
        BatchColumns<Role> update = set.then(key);
        assertThat(set.assignments()).isEqualTo("title = ?");
        assertThat(update.names()).isEqualTo("title, id");
        assertThat(update.types()).containsExactly(Types.VARCHAR, Types.VARCHAR);
        assertThat(update.rows(List.of(new Role("r1", "CTO", 0, 7L))).get(0)).containsExactly("CTO", "r1");
        assertThat(key.names()).isEqualTo("id");
    }
}
