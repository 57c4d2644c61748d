package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RapportTest
class CadenceDefaultsIT {
    @LocalServerPort
    int port;

    @Test
    void changingTheDefaultsMovesTheNextContactDatesThatDependOnThem() {
        ApiClient api = ApiClient.newMember(port);
        UUID close = api.post(
                        "/api/v1/people",
                        person().named("Close Friend")
                                .with("relationship", Map.of("closenessTier", "close"))
                                .build())
                .id();
        UUID seeker = api.post(
                        "/api/v1/people",
                        person().named("Job Contact")
                                .with("relationship", Map.of("kinds", List.of("job_search")))
                                .build())
                .id();
        UUID own = api.post(
                        "/api/v1/people",
                        person().named("Own Cadence")
                                .withCadence(5, "job_search")
                                .build())
                .id();
        api.post(
                "/api/v1/encounters",
                encounter().with(close, seeker, own).at("2026-11-01T10:00:00Z").build());
        assertThat(due(api, close)).isEqualTo("2026-12-01");
        assertThat(due(api, seeker)).isNull();

        var put = api.send(
                "PUT",
                "/api/v1/settings/cadence",
                "{\"tiers\": {\"close\": 10}, \"kinds\": {\"job_search\": 14}}".getBytes(),
                "application/json");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("tiers").get("close").asInt()).isEqualTo(10);
        assertThat(put.json().get("tiers").get("regular").asInt()).isEqualTo(90);

        assertThat(due(api, close)).isEqualTo("2026-11-11");
        assertThat(due(api, seeker)).isEqualTo("2026-11-15");
        assertThat(due(api, own)).isEqualTo("2026-11-06");
        assertThat(api.get("/api/v1/people/" + seeker)
                        .json()
                        .get("relationship")
                        .get("effectiveCadenceDays")
                        .asInt())
                .isEqualTo(14);

        ApiClient other = ApiClient.newMember(port);
        assertThat(other.get("/api/v1/settings/cadence")
                        .json()
                        .get("tiers")
                        .get("close")
                        .asInt())
                .isEqualTo(30);
        assertThat(other.get("/api/v1/settings/cadence").json().get("kinds").size())
                .isZero();
    }

    @Test
    void daysOutOfRangeAreRefusedNamingTheField() {
        ApiClient api = ApiClient.newMember(port);
        var bad = api.send(
                "PUT",
                "/api/v1/settings/cadence",
                "{\"tiers\": {\"close\": 0}, \"kinds\": {\"business\": 99999}}".getBytes(),
                "application/json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("tiers.close", "kinds.business");
        var unknown = api.send(
                "PUT", "/api/v1/settings/cadence", "{\"tiers\": {\"besties\": 3}}".getBytes(), "application/json");
        assertThat(unknown.status()).isEqualTo(400);
    }

    private static String due(ApiClient api, UUID person) {
        var due = api.get("/api/v1/people/" + person).json().get("relationship").get("nextContactDue");
        return due == null || due.isNull() ? null : due.asString();
    }
}
