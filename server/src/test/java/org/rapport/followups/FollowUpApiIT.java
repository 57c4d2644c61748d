package org.rapport.followups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RapportTest
class FollowUpApiIT {
    @LocalServerPort
    int port;

    ApiClient api;
    UUID ana;

    @BeforeEach
    void onePerson() {
        api = ApiClient.newMember(port);
        ana = api.post("/api/v1/people", person().named("Ana Ruiz").build()).id();
    }

    @Test
    void aManualFollowUpIsWordedForItsPersonAndCanBeCompleted() {
        var created = api.post(
                "/api/v1/follow-ups", Map.of("personId", ana.toString(), "type", "check_in", "dueOn", "2026-12-01"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("title")).isEqualTo("Check in with Ana Ruiz");
        assertThat(created.text("status")).isEqualTo("open");
        assertThat(created.text("origin")).isEqualTo("manual");

        var done = api.patch("/api/v1/follow-ups/" + created.id(), Map.of("status", "done"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text("status")).isEqualTo("done");
        assertThat(done.text("completedAt")).isNotNull();
        assertThat(api.get("/api/v1/follow-ups?status=open").json().get("total").asLong())
                .isZero();
        assertThat(api.get("/api/v1/follow-ups?status=done").json().get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void snoozingMovesTheDueDateAndAStaleVersionIsRefused() {
        var created = api.post(
                "/api/v1/follow-ups", Map.of("title", "Send the deck", "type", "deliver", "dueOn", "2026-11-27"));
        var snoozed = api.patch("/api/v1/follow-ups/" + created.id(), Map.of("dueOn", "2026-12-04", "version", 1));
        assertThat(snoozed.text("dueOn")).isEqualTo("2026-12-04");
        assertThat(api.patch("/api/v1/follow-ups/" + created.id(), Map.of("dueOn", "2026-12-05", "version", 1))
                        .status())
                .isEqualTo(409);
        assertThat(api.get("/api/v1/follow-ups?dueBefore=2026-12-04")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(api.get("/api/v1/follow-ups?dueBefore=2026-12-05")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void badInputNamesTheField() {
        var response = api.post("/api/v1/follow-ups", Map.of("type", "chase", "dueOn", "tomorrow"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("type", "dueOn");
        var untitled = api.post("/api/v1/follow-ups", Map.of("type", "other"));
        assertThat(untitled.errorFields()).containsExactly("title");
        var strangerEncounter = api.post(
                "/api/v1/follow-ups",
                Map.of(
                        "type",
                        "other",
                        "title",
                        "x",
                        "encounterId",
                        UUID.randomUUID().toString()));
        assertThat(strangerEncounter.errorFields()).containsExactly("encounterId");
        assertThat(api.get("/api/v1/follow-ups?status=later").errorFields()).containsExactly("status");
    }

    @Test
    void deletingAFollowUpRemovesIt() {
        var created = api.post("/api/v1/follow-ups", Map.of("title", "x", "type", "other"));
        assertThat(api.delete("/api/v1/follow-ups/" + created.id()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/follow-ups/" + created.id()).status()).isEqualTo(404);
    }
}
