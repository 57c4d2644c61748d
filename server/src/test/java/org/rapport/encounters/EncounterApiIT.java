package org.rapport.encounters;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class EncounterApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    UUID ana;
    UUID ben;

    @BeforeEach
    void twoPeople() {
        api = ApiClient.newMember(port);
        ana = api.post(
                        "/api/v1/people",
                        person().named("Ana Ruiz").withCadence(30, "job_search").build())
                .id();
        ben = api.post("/api/v1/people", person().named("Ben Giver").build()).id();
    }

    @Test
    void loggingAnEncounterKeepsItsOffsetAndUpdatesLastAndNextContact() {
        var logged = api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .at("2026-11-20T18:30:00-05:00")
                        .kind("job_search")
                        .set("topics", List.of("data engineering", "data engineering"))
                        .build());
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(logged.text("occurredAt")).isEqualTo("2026-11-20T18:30:00-05:00");
        assertThat(logged.json().get("topics").toString()).isEqualTo("[\"data engineering\"]");

        JsonNode relationship = api.get("/api/v1/people/" + ana).json().get("relationship");
        assertThat(relationship.get("lastContactAt").asString()).isEqualTo("2026-11-20T18:30:00-05:00");
        assertThat(relationship.get("nextContactDue").asString()).isEqualTo("2026-12-20");
    }

    @Test
    void anOlderEncounterDoesNotMoveLastContactBackButDeletingTheNewestDoes() {
        var newer = api.post(
                "/api/v1/encounters",
                encounter().with(ana).at("2026-11-20T10:00:00Z").build());
        api.post(
                "/api/v1/encounters",
                encounter().with(ana).at("2026-10-01T10:00:00Z").build());
        assertThat(lastContact(ana)).isEqualTo("2026-11-20T10:00:00Z");

        assertThat(api.delete("/api/v1/encounters/" + newer.id()).status()).isEqualTo(204);
        assertThat(lastContact(ana)).isEqualTo("2026-10-01T10:00:00Z");
        assertThat(api.get("/api/v1/people/" + ana)
                        .json()
                        .get("relationship")
                        .get("nextContactDue")
                        .asString())
                .isEqualTo("2026-10-31");
    }

    @Test
    void somethingReceivedCreatesOneThankYouForTheGiverDueTheNextDay() {
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana, ben)
                        .received("introduction", "intro to Carla", ben)
                        .build());
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ben)
                        .at("2026-11-21T10:00:00Z")
                        .received("advice", "CV review", ben)
                        .build());

        List<JsonNode> thanks = openFollowUps().stream()
                .filter(f -> f.get("type").asString().equals("thank_you"))
                .toList();
        assertThat(thanks).hasSize(1);
        JsonNode thankYou = thanks.get(0);
        assertThat(thankYou.get("personId").asString()).isEqualTo(ben.toString());
        assertThat(thankYou.get("origin").asString()).isEqualTo("automatic");
        assertThat(thankYou.get("dueOn").asString()).isEqualTo("2026-11-21");
        assertThat(thankYou.get("title").asString()).isEqualTo("Thank Ben Giver for intro to Carla");

        api.patch("/api/v1/follow-ups/" + thankYou.get("id").asString(), Map.of("status", "done"));
        api.post(
                "/api/v1/encounters",
                encounter().with(ben).received("resource", "a book", null).build());
        assertThat(openFollowUps())
                .extracting(f -> f.get("title").asString())
                .containsExactly("Thank Ben Giver for a book");
    }

    @Test
    void somethingGivenCreatesNoThankYou() {
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .gave("information", "the lakehouse article")
                        .build());
        assertThat(openFollowUps()).isEmpty();
    }

    @Test
    void deletingAPersonKeepsTheEncounterWithoutThem() {
        var logged = api.post(
                "/api/v1/encounters",
                encounter().with(ana, ben).received("advice", "tips", ben).build());
        assertThat(api.delete("/api/v1/people/" + ben).status()).isEqualTo(204);

        var after = api.get("/api/v1/encounters/" + logged.id());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("participantIds").toString()).isEqualTo("[\"" + ana + "\"]");
        assertThat(after.json().get("received").get(0).get("description").asString())
                .isEqualTo("tips");
        assertThat(after.json().get("received").get(0).get("personId").isNull()).isTrue();
        assertThat(openFollowUps()).isEmpty();
    }

    @Test
    void patchReplacesParticipantsAndRecomputesTheirLastContact() {
        var logged = api.post("/api/v1/encounters", encounter().with(ana).build());
        var patched = api.patch(
                "/api/v1/encounters/" + logged.id(), Map.of("participantIds", List.of(ben.toString()), "version", 1));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.version()).isEqualTo(2);
        assertThat(lastContact(ana)).isNull();
        assertThat(lastContact(ben)).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(api.patch("/api/v1/encounters/" + logged.id(), Map.of("title", "x", "version", 1))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void listFiltersByPersonKindAndTime() {
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana)
                        .kind("job_search")
                        .at("2026-11-01T10:00:00Z")
                        .build());
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ben)
                        .kind("personal")
                        .at("2026-11-10T10:00:00Z")
                        .build());
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(ana, ben)
                        .kind("personal")
                        .at("2026-11-20T10:00:00Z")
                        .build());

        assertThat(api.get("/api/v1/encounters?personId=" + ana)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/encounters?kind=personal")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(api.get("/api/v1/encounters?from=2026-11-05&to=2026-11-15")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        var newestFirst = api.get("/api/v1/encounters").json().get("items");
        assertThat(newestFirst.get(0).get("occurredAt").asString()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(api.get("/api/v1/encounters?from=soon").errorFields()).containsExactly("from");
    }

    @Test
    void everyBadFieldIsNamed() {
        var response = api.post(
                "/api/v1/encounters",
                Map.of(
                        "occurredAt", "not a date",
                        "kind", "networking",
                        "channel", "carrier pigeon",
                        "participantIds", List.of(ana.toString(), "nope")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder("occurredAt", "kind", "channel", "participantIds[1]");

        var unknownPerson = api.post(
                "/api/v1/encounters",
                encounter()
                        .with(UUID.randomUUID())
                        .received(null, "x", UUID.randomUUID())
                        .build());
        assertThat(unknownPerson.errorFields())
                .containsExactlyInAnyOrder("participantIds[0]", "received[0].type", "received[0].personId");
        var nobody = api.post("/api/v1/encounters", encounter().build());
        assertThat(nobody.errorFields()).containsExactly("participantIds");
    }

    private String lastContact(UUID person) {
        JsonNode at =
                api.get("/api/v1/people/" + person).json().get("relationship").get("lastContactAt");
        return at == null || at.isNull() ? null : at.asString();
    }

    private List<JsonNode> openFollowUps() {
        List<JsonNode> items = new java.util.ArrayList<>();
        api.get("/api/v1/follow-ups?status=open").json().get("items").forEach(items::add);
        return items;
    }
}
