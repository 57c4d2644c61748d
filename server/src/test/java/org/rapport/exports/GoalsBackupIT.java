package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Goals travel in the JSON backup: targets, entries with their stage history, advice requests, referrers. */
@RapportTest
@Import(MutableClock.Configuration.class)
class GoalsBackupIT {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void aRestoredWorkspaceHasTheSameGoalsAndPipelines() {
        clock.set(Instant.parse("2026-11-02T09:00:00Z"));
        ApiClient source = ApiClient.newMember(port);
        UUID search = source.post("/api/v1/goals", Map.of("kind", "job_search", "title", "Platform roles"))
                .id();
        UUID dana = source.post(
                        "/api/v1/people",
                        person().named("Dana").workingAt("Globex", "CTO").build())
                .id();
        var globex = source.post(
                "/api/v1/goals/" + search + "/targets",
                Map.of("organizationName", "Globex", "motivation", 3, "roles", java.util.List.of("Data engineer")));
        source.post(
                "/api/v1/goals/" + search + "/outreach",
                Map.of("personId", dana.toString(), "message", "Could we talk?"));
        UUID business = source.post("/api/v1/goals", Map.of("kind", "business", "title", "Clients"))
                .id();
        UUID rita =
                source.post("/api/v1/people", person().named("Rita").build()).id();
        UUID pat = source.post("/api/v1/people", person().named("Pat").build()).id();
        UUID entry = source.post(
                        "/api/v1/goals/" + business + "/entries",
                        Map.of("personId", pat.toString(), "referredById", rita.toString(), "valueCents", 5000))
                .id();
        source.post("/api/v1/goals/" + business + "/entries/" + entry + "/moves", Map.of("stage", "proposal"));
        // An organization as a prospect, and a target moved by hand (its history has three moves).
        assertThat(source.post(
                                "/api/v1/goals/" + business + "/entries",
                                Map.of("organizationId", globex.text("organizationId"), "source", "event"))
                        .status())
                .isEqualTo(201);
        source.post("/api/v1/goals/" + search + "/targets/" + globex.id() + "/moves", Map.of("stage", "followed_up"));

        String backup = BackupApiIT.export(source);
        assertThat(backup)
                .contains("goal_stage_moves")
                .contains("goal_target_moves")
                .contains("goal_outreach");
        ApiClient target = ApiClient.newMember(port);
        var restored = Uploads.restore(target, backup);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);

        assertThat(target.get("/api/v1/goals").json().get("items"))
                .isEqualTo(source.get("/api/v1/goals").json().get("items"));
        for (UUID goal : new UUID[] {search, business}) {
            assertThat(target.get("/api/v1/goals/" + goal)
                            .json()
                            .get("pipeline")
                            .toString())
                    .isEqualTo(source.get("/api/v1/goals/" + goal)
                            .json()
                            .get("pipeline")
                            .toString());
        }
        assertThat(target.get("/api/v1/referrals").json())
                .isEqualTo(source.get("/api/v1/referrals").json());
        BackupApiIT.assertSameBackup(backup, source, BackupApiIT.export(target), target);
    }
}
