package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.ClockedMember;
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
        ClockedMember source = ClockedMember.at(port, clock, ClockedMember.MONDAY);
        UUID search = source.goal("job_search", "Platform roles");
        UUID dana = source.person(person().named("Dana").workingAt("Globex", "CTO"));
        var globex = source.addTarget(
                search,
                Map.of("organizationName", "Globex", "motivation", 3, "roles", java.util.List.of("Data engineer")));
        source.api.post(
                "/api/v1/goals/" + search + "/outreach",
                Map.of("personId", dana.toString(), "message", "Could we talk?"));
        UUID business = source.goal("business", "Clients");
        UUID rita = source.person(person().named("Rita"));
        UUID pat = source.person(person().named("Pat"));
        UUID entry = source.addEntry(
                        business,
                        Map.of("personId", pat.toString(), "referredById", rita.toString(), "valueCents", 5000))
                .id();
        source.moveEntry(business, entry, "proposal");
        // An organization as a prospect, and a target moved by hand (its history has three moves).
        assertThat(source.addEntry(business, Map.of("organizationId", globex.text("organizationId"), "source", "event"))
                        .status())
                .isEqualTo(201);
        source.moveTarget(search, globex.id(), "followed_up");

        String backup = BackupApiIT.export(source.api);
        assertThat(backup)
                .contains("goal_stage_moves")
                .contains("goal_target_moves")
                .contains("goal_outreach");
        ApiClient target = ApiClient.newMember(port);
        var restored = Uploads.restore(target, backup);
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);

        assertThat(target.get("/api/v1/goals").json().get("items"))
                .isEqualTo(source.api.get("/api/v1/goals").json().get("items"));
        for (UUID goal : new UUID[] {search, business}) {
            assertThat(target.get("/api/v1/goals/" + goal)
                            .json()
                            .get("pipeline")
                            .toString())
                    .isEqualTo(source.api
                            .get("/api/v1/goals/" + goal)
                            .json()
                            .get("pipeline")
                            .toString());
        }
        assertThat(target.get("/api/v1/referrals").json())
                .isEqualTo(source.api.get("/api/v1/referrals").json());
        BackupApiIT.assertSameBackup(backup, source.api, BackupApiIT.export(target), target);
    }
}
