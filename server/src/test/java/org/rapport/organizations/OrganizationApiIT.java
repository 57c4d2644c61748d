package org.rapport.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RapportTest
class OrganizationApiIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newWorkspace() {
        api = ApiClient.newMember(port);
    }

    @Test
    void rolesFindTheSameOrganizationIgnoringCaseAndAccentsAndCountPeopleNowAndBefore() {
        api.post(
                "/api/v1/people",
                person().named("Bob").workingAt("Société Générale", "Analyst").build());
        api.post(
                "/api/v1/people",
                person().named("Cy")
                        .with(
                                "roles",
                                List.of(Map.of(
                                        "organization",
                                        "SOCIETE GENERALE",
                                        "title",
                                        "Intern",
                                        "start",
                                        "2015",
                                        "end",
                                        "2016")))
                        .build());

        var list = api.get("/api/v1/organizations?q=generale");
        assertThat(list.json().get("total").asLong()).isEqualTo(1);
        var org = list.json().get("items").get(0);
        assertThat(org.get("name").asString()).isEqualTo("Société Générale");
        assertThat(org.get("currentPeople").asInt()).isEqualTo(1);
        assertThat(org.get("formerPeople").asInt()).isEqualTo(1);
    }

    @Test
    void createPatchAndDeleteKeepThePeople() {
        var created = api.post("/api/v1/organizations", Map.of("name", "Acme", "website", "https://acme.example"));
        assertThat(created.status()).isEqualTo(201);
        var bob = api.post(
                "/api/v1/people",
                person().named("Bob")
                        .with(
                                "roles",
                                List.of(Map.of("organizationId", created.id().toString(), "title", "CTO")))
                        .build());
        assertThat(bob.json().get("roles").get(0).get("organization").asString())
                .isEqualTo("Acme");

        var renamed = api.patch("/api/v1/organizations/" + created.id(), Map.of("name", "Acme, Inc.", "version", 1));
        assertThat(renamed.text("name")).isEqualTo("Acme, Inc.");
        assertThat(renamed.text("website")).isEqualTo("https://acme.example");
        assertThat(api.patch("/api/v1/organizations/" + created.id(), Map.of("name", "x", "version", 1))
                        .status())
                .isEqualTo(409);

        assertThat(api.delete("/api/v1/organizations/" + created.id()).status()).isEqualTo(204);
        var after = api.get("/api/v1/people/" + bob.id());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("roles").size()).isZero();
    }

    @Test
    void badInputNamesTheField() {
        var response = api.post("/api/v1/organizations", Map.of("name", "", "website", "ftp://x"));
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "website");
        var badRole = api.post(
                "/api/v1/people",
                person().with("roles", List.of(Map.of("title", "CTO", "start", "March 2019")))
                        .build());
        assertThat(badRole.errorFields()).containsExactlyInAnyOrder("roles[0].organization", "roles[0].start");
    }
}
