package org.rapport.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RapportTest
class ConnectionApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    UUID ana;
    UUID bob;

    @BeforeEach
    void twoPeople() {
        api = ApiClient.newMember(port);
        ana = api.post("/api/v1/people", person().named("Ana").build()).id();
        bob = api.post("/api/v1/people", person().named("Bob").build()).id();
    }

    @Test
    void aConnectionIsSeenFromBothEndsAndOnlyOncePerType() {
        var created = api.post(
                "/api/v1/connections",
                Map.of("personAId", ana.toString(), "personBId", bob.toString(), "type", "colleague", "strength", 0.6));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("source")).isEqualTo("manual");

        var fromBob = api.get("/api/v1/people/" + bob + "/connections").json().get("items");
        assertThat(fromBob.size()).isEqualTo(1);
        assertThat(fromBob.get(0).get("otherPersonId").asString()).isEqualTo(ana.toString());
        assertThat(fromBob.get(0).get("otherDisplayName").asString()).isEqualTo("Ana");
        assertThat(fromBob.get(0).get("strength").asDouble()).isEqualTo(0.6);

        var reversed = api.post(
                "/api/v1/connections",
                Map.of("personAId", bob.toString(), "personBId", ana.toString(), "type", "colleague"));
        assertThat(reversed.status()).isEqualTo(409);

        assertThat(api.delete("/api/v1/connections/" + created.id()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/people/" + ana + "/connections")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void deletingAPersonRemovesTheirConnections() {
        var created = api.post("/api/v1/connections", Map.of("personAId", ana.toString(), "personBId", bob.toString()));
        api.delete("/api/v1/people/" + bob);
        assertThat(api.get("/api/v1/connections/" + created.id()).status()).isEqualTo(404);
    }

    @Test
    void badInputNamesTheField() {
        var self = api.post(
                "/api/v1/connections",
                Map.of("personAId", ana.toString(), "personBId", ana.toString(), "type", "rival", "strength", 2));
        assertThat(self.errorFields()).containsExactlyInAnyOrder("type");
        var loop = api.post(
                "/api/v1/connections", Map.of("personAId", ana.toString(), "personBId", ana.toString(), "strength", 2));
        assertThat(loop.errorFields()).containsExactlyInAnyOrder("personBId", "strength");
        var missing = api.post(
                "/api/v1/connections", Map.of("personAId", UUID.randomUUID().toString()));
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("personAId", "personBId");
    }

    @Test
    void tagsAreListedWithTheirCounts() {
        api.post(
                "/api/v1/people",
                person().named("Cy")
                        .with("tags", List.of("Neighbours", "friends"))
                        .build());
        api.post(
                "/api/v1/people",
                person().named("Di").with("tags", List.of("friends")).build());
        var tags = api.get("/api/v1/tags").json().get("items");
        assertThat(tags.toString())
                .isEqualTo("[{\"name\":\"friends\",\"people\":2},{\"name\":\"Neighbours\",\"people\":1}]");
    }
}
