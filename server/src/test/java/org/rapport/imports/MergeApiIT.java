package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class MergeApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    UUID ana;
    UUID anaAtBeta;
    UUID carl;

    @BeforeEach
    void namesakes() {
        api = ApiClient.newMember(port);
        ana = api.post(
                        "/api/v1/people",
                        person().named("Ana Lopez")
                                .withEmail("ana@acme.example")
                                .workingAt("Acme", "CTO")
                                .with("tags", List.of("friends"))
                                .build())
                .id();
        anaAtBeta = api.post(
                        "/api/v1/people",
                        person().named("Ana López")
                                .withEmail("ana@beta.example")
                                .workingAt("Beta", "Advisor")
                                .with("tags", List.of("advisors"))
                                .with("birthday", "--04-15")
                                .build())
                .id();
        carl = api.post("/api/v1/people", person().named("Carl Jung").build()).id();
    }

    @Test
    void theSameNameAtAnotherOrganizationIsListedAsAPossibleDuplicate() {
        api.post("/api/v1/people", person().named("Robert Smith").build());
        api.post("/api/v1/people", person().named("Robert J. Smith").build());
        api.post("/api/v1/people", person().named("Unrelated Person").build());
        JsonNode items = api.get("/api/v1/people/duplicates").json().get("items");
        List<String> pairs = new ArrayList<>();
        items.forEach(p -> pairs.add(p.get("a").get("displayName").asString() + " / "
                + p.get("b").get("displayName").asString() + ": "
                + p.get("reason").asString()));
        assertThat(pairs)
                .containsExactlyInAnyOrder(
                        "Ana Lopez / Ana López: same name, different organization",
                        "Robert J. Smith / Robert Smith: same first and last name, one has a middle name");
    }

    @Test
    void mergingMovesEncountersFollowUpsConnectionsAndUnionsDetails() {
        UUID met = api.post(
                        "/api/v1/encounters", encounter().with(anaAtBeta, carl).build())
                .id();
        UUID followUp = api.post(
                        "/api/v1/follow-ups",
                        Map.of("type", "check_in", "title", "Call Ana", "personId", anaAtBeta.toString()))
                .id();
        api.post("/api/v1/connections", Map.of("personAId", anaAtBeta.toString(), "personBId", carl.toString()));
        api.post("/api/v1/connections", Map.of("personAId", ana.toString(), "personBId", carl.toString()));
        api.post("/api/v1/connections", Map.of("personAId", ana.toString(), "personBId", anaAtBeta.toString()));

        var merged = api.post("/api/v1/people/" + ana + "/merge", Map.of("otherId", anaAtBeta.toString()));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);

        JsonNode a = api.get("/api/v1/people/" + ana).json();
        assertThat(a.get("displayName").asString()).isEqualTo("Ana Lopez");
        assertThat(a.get("emails").size()).isEqualTo(2);
        assertThat(a.get("roles").size()).isEqualTo(2);
        assertThat(a.get("tags").toString()).contains("friends", "advisors");
        assertThat(a.get("birthday").asString()).isEqualTo("--04-15");
        assertThat(api.get("/api/v1/people/" + anaAtBeta).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/encounters/" + met)
                        .json()
                        .get("participantIds")
                        .toString())
                .contains(ana.toString())
                .doesNotContain(anaAtBeta.toString());
        assertThat(api.get("/api/v1/follow-ups/" + followUp).text("personId")).isEqualTo(ana.toString());
        JsonNode ties = api.get("/api/v1/people/" + ana + "/connections").json();
        assertThat(ties.get("total").asLong()).isEqualTo(1);
        assertThat(ties.get("items").get(0).get("otherPersonId").asString()).isEqualTo(carl.toString());
        assertThat(api.get("/api/v1/people/duplicates").json().get("items").size())
                .isZero();
    }

    @Test
    void mergeChecksItsInputAndStaysInItsWorkspace() {
        assertThat(api.post("/api/v1/people/" + ana + "/merge", Map.of()).errorFields())
                .containsExactly("otherId");
        assertThat(api.post("/api/v1/people/" + ana + "/merge", Map.of("otherId", ana.toString()))
                        .errorFields())
                .containsExactly("otherId");

        ApiClient stranger = ApiClient.newMember(port);
        UUID theirs = stranger.post(
                        "/api/v1/people", person().named("Ana Lopez").build())
                .id();
        assertThat(stranger.post("/api/v1/people/" + ana + "/merge", Map.of("otherId", theirs.toString()))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.post("/api/v1/people/" + theirs + "/merge", Map.of("otherId", ana.toString()))
                        .errorFields())
                .containsExactly("otherId");
        assertThat(stranger.get("/api/v1/people/duplicates").json().get("items").size())
                .isZero();
        assertThat(api.get("/api/v1/people/" + ana).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/people/" + anaAtBeta).status()).isEqualTo(200);
    }
}
