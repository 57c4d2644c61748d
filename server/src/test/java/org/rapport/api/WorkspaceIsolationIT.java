package org.rapport.api;

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

/** A member of workspace B tries every endpoint with workspace A's ids and lists: B sees and changes nothing. */
@RapportTest
class WorkspaceIsolationIT {
    @LocalServerPort
    int port;

    ApiClient a;
    ApiClient b;
    UUID person;
    UUID organization;
    UUID encounter;
    UUID followUp;
    UUID token;
    UUID connection;
    UUID invitation;
    String before;

    @BeforeEach
    void workspaceAWithOneOfEverything() {
        a = ApiClient.newMember(port);
        b = ApiClient.newMember(port);
        var created = a.post(
                "/api/v1/people",
                person().named("Secret Sam").workingAt("Hidden Corp", "CEO").build());
        person = created.id();
        organization = UUID.fromString(
                created.json().get("roles").get(0).get("organizationId").asString());
        encounter = a.post(
                        "/api/v1/encounters",
                        encounter()
                                .with(person)
                                .received("advice", "private tip", person)
                                .build())
                .id();
        followUp = UUID.fromString(
                a.get("/api/v1/follow-ups").json().get("items").get(0).get("id").asString());
        token = UUID.fromString(
                a.get("/api/v1/tokens").json().get("items").get(0).get("id").asString());
        UUID friend = a.post("/api/v1/people", person().named("Secret Friend").build())
                .id();
        connection = a.post(
                        "/api/v1/connections", Map.of("personAId", person.toString(), "personBId", friend.toString()))
                .id();
        invitation = a.post(
                        "/api/v1/workspace/invitations",
                        Map.of("email", "secret-invitee@example.org", "role", "editor"))
                .id();
        before = snapshot(a);
    }

    @Test
    void anotherWorkspacesIdsAreNotFoundForReadingChangingOrDeleting() {
        for (String path : List.of(
                "/api/v1/people/" + person,
                "/api/v1/organizations/" + organization,
                "/api/v1/encounters/" + encounter,
                "/api/v1/follow-ups/" + followUp)) {
            assertThat(b.get(path).status()).as("GET " + path).isEqualTo(404);
            assertThat(b.patch(path, Map.of("title", "x", "notes", "x", "name", "x", "status", "done", "version", 1))
                            .status())
                    .as("PATCH " + path)
                    .isEqualTo(404);
            assertThat(b.delete(path).status()).as("DELETE " + path).isEqualTo(404);
        }
        assertThat(b.delete("/api/v1/tokens/" + token).status()).isEqualTo(404);
        var read = b.get("/api/v1/connections/" + connection);
        assertThat(read.status()).as(read.toString()).isEqualTo(404);
        assertThat(b.delete("/api/v1/connections/" + connection).status()).isEqualTo(404);
        assertThat(b.get("/api/v1/people/" + person + "/connections").status()).isEqualTo(404);
        assertThat(b.delete("/api/v1/workspace/invitations/" + invitation).status())
                .isEqualTo(404);
        assertThat(b.patch("/api/v1/workspace/members/" + a.memberId, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(404);
        assertThat(b.delete("/api/v1/workspace/members/" + a.memberId).status()).isEqualTo(404);
        assertThat(snapshot(a)).isEqualTo(before);
    }

    @Test
    void anotherWorkspacesDataNeverAppearsInLists() {
        for (String path : List.of(
                "/api/v1/people",
                "/api/v1/people?q=Secret",
                "/api/v1/people?organizationId=" + organization,
                "/api/v1/organizations",
                "/api/v1/organizations?q=hidden",
                "/api/v1/encounters",
                "/api/v1/encounters?personId=" + person,
                "/api/v1/follow-ups",
                "/api/v1/follow-ups?personId=" + person,
                "/api/v1/follow-ups?encounterId=" + encounter,
                "/api/v1/tokens",
                "/api/v1/tags",
                "/api/v1/workspace/invitations",
                "/api/v1/workspace/members")) {
            var list = b.get(path);
            assertThat(list.status()).as(path).isEqualTo(200);
            int own = path.equals("/api/v1/tokens") || path.endsWith("/members") ? 1 : 0;
            assertThat(list.json().get("total").asLong()).as(path).isEqualTo(own);
            assertThat(list.body())
                    .as(path)
                    .doesNotContain("Secret")
                    .doesNotContain("Hidden")
                    .doesNotContain("private tip")
                    .doesNotContain("secret-invitee")
                    .doesNotContain(a.email);
        }
    }

    @Test
    void anotherWorkspacesIdsCannotBeLinkedFromThisOne() {
        var asParticipant =
                b.post("/api/v1/encounters", encounter().with(person).build());
        assertThat(asParticipant.status()).isEqualTo(400);
        assertThat(asParticipant.errorFields()).containsExactly("participantIds[0]");

        UUID own = b.post("/api/v1/people", person().named("Own").build()).id();
        var asGiver = b.post(
                "/api/v1/encounters",
                encounter().with(own).received("advice", "x", person).build());
        assertThat(asGiver.errorFields()).containsExactly("received[0].personId");

        var asFollowUpPerson = b.post("/api/v1/follow-ups", Map.of("type", "check_in", "personId", person.toString()));
        assertThat(asFollowUpPerson.errorFields()).contains("personId");
        var asFollowUpEncounter = b.post(
                "/api/v1/follow-ups", Map.of("type", "other", "title", "x", "encounterId", encounter.toString()));
        assertThat(asFollowUpEncounter.errorFields()).containsExactly("encounterId");

        var asRole = b.post(
                "/api/v1/people",
                person().named("Spy")
                        .with("roles", List.of(Map.of("organizationId", organization.toString())))
                        .build());
        assertThat(asRole.errorFields()).containsExactly("roles[0].organizationId");
        var asIntroducer = b.post(
                "/api/v1/people",
                person().named("Spy")
                        .with("howWeMet", Map.of("introducedById", person.toString()))
                        .build());
        assertThat(asIntroducer.errorFields()).containsExactly("howWeMet.introducedById");
        var asConnection =
                b.post("/api/v1/connections", Map.of("personAId", own.toString(), "personBId", person.toString()));
        assertThat(asConnection.errorFields()).containsExactly("personBId");

        assertThat(snapshot(a)).isEqualTo(before);
    }

    /** Everything A can see, so a test can prove B's attempts changed nothing. */
    private String snapshot(ApiClient member) {
        return String.join(
                "\n",
                member.get("/api/v1/people").body(),
                member.get("/api/v1/organizations").body(),
                member.get("/api/v1/tags").body(),
                member.get("/api/v1/encounters").body(),
                member.get("/api/v1/follow-ups").body(),
                member.get("/api/v1/people/" + person + "/connections").body(),
                member.get("/api/v1/workspace/invitations").body(),
                member.get("/api/v1/workspace/members").body());
    }
}
