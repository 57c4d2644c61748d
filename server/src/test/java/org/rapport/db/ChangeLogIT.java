package org.rapport.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RapportTest
class ChangeLogIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void everyWriteIsLoggedInOrderWithinItsWorkspace() {
        UUID ana = api.post("/api/v1/people", person().named("Ana").build()).id();
        UUID met = api.post(
                        "/api/v1/encounters",
                        encounter().with(ana).received("advice", "tips", ana).build())
                .id();
        api.patch("/api/v1/people/" + ana, Map.of("notes", "x", "version", 1));
        api.delete("/api/v1/encounters/" + met);

        assertThat(log())
                .containsSubsequence(
                        "person " + ana + " create",
                        "encounter " + met + " create",
                        "relationship " + ana + " update",
                        "person " + ana + " update",
                        "encounter " + met + " delete");
        assertThat(log()).anyMatch(line -> line.startsWith("follow_up ") && line.endsWith(" create"));
    }

    @Test
    void aRefusedWriteLeavesNoTrace() {
        int before = log().size();
        var refused = api.post(
                "/api/v1/follow-ups",
                Map.of(
                        "type",
                        "other",
                        "title",
                        "x",
                        "encounterId",
                        UUID.randomUUID().toString()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(log()).hasSize(before);
        assertThat(api.get("/api/v1/follow-ups").json().get("total").asLong()).isZero();
    }

    private List<String> log() {
        return jdbc.sql("SELECT entity, entity_id, operation FROM change_log WHERE workspace_id = :ws ORDER BY seq")
                .param("ws", api.workspaceId.toString())
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
                .list();
    }
}
