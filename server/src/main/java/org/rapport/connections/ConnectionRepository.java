package org.rapport.connections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConnectionRepository {
    private static final String SELECT =
            "SELECT id, person_a_id, person_b_id, type, strength, source, note, created_at FROM connections";

    private final JdbcClient jdbc;

    ConnectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId ws, Connection c) {
        jdbc.sql("""
                INSERT INTO connections (workspace_id, id, person_a_id, person_b_id, type, strength, source, note, created_at)
                VALUES (:ws, :id, :a, :b, :type, :strength, :source, :note, :created)
                """)
                .param("ws", ws.toString())
                .param("id", c.id().toString())
                .param("a", c.personAId().toString())
                .param("b", c.personBId().toString())
                .param("type", c.type().wire())
                .param("strength", c.strength())
                .param("source", c.source().wire())
                .param("note", c.note())
                .param("created", c.createdAt().toEpochMilli())
                .update();
    }

    Optional<Connection> find(WorkspaceId ws, UUID id) {
        return jdbc.sql(SELECT + " WHERE workspace_id = :ws AND id = :id")
                .param("ws", ws.toString())
                .param("id", id.toString())
                .query(ConnectionRepository::map)
                .optional();
    }

    List<Connection> of(WorkspaceId ws, UUID personId) {
        return jdbc.sql(
                        SELECT
                                + " WHERE workspace_id = :ws AND (person_a_id = :p OR person_b_id = :p) ORDER BY created_at, id")
                .param("ws", ws.toString())
                .param("p", personId.toString())
                .query(ConnectionRepository::map)
                .list();
    }

    boolean delete(WorkspaceId ws, UUID id) {
        return jdbc.sql("DELETE FROM connections WHERE workspace_id = :ws AND id = :id")
                        .param("ws", ws.toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    private static Connection map(ResultSet rs, int n) throws SQLException {
        double strength = rs.getDouble("strength");
        return new Connection(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("person_a_id")),
                UUID.fromString(rs.getString("person_b_id")),
                ConnectionType.fromWire(rs.getString("type")),
                rs.wasNull() ? null : strength,
                ConnectionSource.fromWire(rs.getString("source")),
                rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
