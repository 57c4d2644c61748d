package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The import pages over plain HTTP: CSRF on every form, and another workspace's imports are 404. */
@RapportTest
class ImportPagesIT {

    @LocalServerPort
    int port;

    ApiClient owner;
    ApiClient stranger;
    WebSession web;
    String csrf;

    @BeforeEach
    void signedInAsTheStranger() throws Exception {
        owner = ApiClient.newMember(port);
        stranger = ApiClient.newMember(port);
        web = WebSession.signedIn(port, stranger.email);
        csrf = WebSession.csrf(web.get("/imports").body());
    }

    @Test
    void anotherWorkspacesImportsAndPeopleAreNotFound() throws Exception {
        String id = Uploads.upload(owner, "", "linkedin-connections.csv").text("importId");
        assertThat(web.get("/imports/" + id).statusCode()).isEqualTo(404);
        assertThat(web.get("/imports/" + id + "/events").statusCode()).isEqualTo(404);
        assertThat(web.post("/imports/" + id + "/undo", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(web.post("/imports/" + id + "/confirm", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        UUID a = owner.post("/api/v1/people", person().named("Ana Lopez").build())
                .id();
        UUID b = owner.post("/api/v1/people", person().named("Ana López").build())
                .id();
        assertThat(web.post(
                                "/people/duplicates/merge",
                                Map.of("_csrf", csrf, "keep", a.toString(), "other", b.toString()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(web.get("/people/duplicates").body()).doesNotContain("Ana");
        assertThat(web.get("/imports").body()).doesNotContain("linkedin-connections.csv");
        assertThat(owner.get("/api/v1/imports/" + id).text("status")).isEqualTo("done");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        String id = Uploads.upload(stranger, "", "linkedin-connections.csv").text("importId");
        assertThat(web.post("/imports/" + id + "/undo", Map.of()).statusCode()).isEqualTo(403);
        assertThat(stranger.get("/api/v1/imports/" + id).text("status")).isEqualTo("done");
        assertThat(web.post("/imports/" + id + "/undo", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(302);
        assertThat(stranger.get("/api/v1/imports/" + id).text("status")).isEqualTo("undone");
    }
}
