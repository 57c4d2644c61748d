package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The team on the pages, as a browser without JavaScript sees them: forms, CSRF, roles, escaping. */
@RapportTest
class TeamPagesIT {
    private static final Pattern LINK = Pattern.compile("id=\"invitation-link\">([^<]+)<");

    @LocalServerPort
    int port;

    @Test
    void anOwnerInvitesFromTheSettingsPageAndTheLinkIsShownOnce() throws Exception {
        ApiClient owner = ownerNamed("Ana <b>& Co</b>");
        WebSession web = WebSession.signedIn(port, owner.email);
        String settings = web.get("/settings").body();
        assertThat(settings)
                .contains("id=\"team\"")
                .contains("Ana &lt;b&gt;&amp; Co&lt;/b&gt;")
                .contains("invite-form");

        var noCsrf = web.post("/settings/team/invitations", Map.of("email", "bob@example.org", "role", "editor"));
        assertThat(noCsrf.statusCode()).isEqualTo(403);
        assertThat(owner.get("/api/v1/workspace/invitations")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        var invited = web.post(
                "/settings/team/invitations",
                Map.of("email", "bob@example.org", "role", "viewer", "_csrf", web.csrf()));
        assertThat(invited.statusCode()).isEqualTo(302);
        String shown = web.get("/settings").body();
        var link = LINK.matcher(shown);
        assertThat(link.find()).as("the link on the page").isTrue();
        assertThat(link.group(1)).startsWith("http://127.0.0.1:" + port + "/join/rpi_");
        assertThat(shown).contains("bob@example.org").contains("Viewer");
        assertThat(web.get("/settings").body())
                .doesNotContain("invitation-link")
                .contains("bob@example.org");

        String token = link.group(1).substring(link.group(1).lastIndexOf('/') + 1);
        WebSession invitee = WebSession.anonymous(port);
        var page = invitee.get("/join/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Join <span>Ana &lt;b&gt;&amp; Co&lt;/b&gt;</span> on Rapport")
                .contains("value=\"bob@example.org\"")
                .contains("readonly");
        var tooShort = invitee.post(
                "/join/" + token,
                Map.of(
                        "name",
                        "Bob",
                        "email",
                        "bob@example.org",
                        "password",
                        "short",
                        "_csrf",
                        WebSession.csrf(page.body())));
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password: must be at least 10 characters");
        var joined = invitee.post(
                "/join/" + token,
                Map.of(
                        "name",
                        "Bob <i>",
                        "email",
                        "bob@example.org",
                        "password",
                        ApiClient.PASSWORD,
                        "_csrf",
                        WebSession.csrf(tooShort.body())));
        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(joined.headers().firstValue("Location").orElse("")).endsWith("/login?joined");

        var used = WebSession.anonymous(port).get("/join/" + token);
        assertThat(used.statusCode()).isEqualTo(410);
        assertThat(used.body()).contains("has been used already").doesNotContain("<form method=\"post\"");
        assertThat(WebSession.anonymous(port).get("/join/rpi_unknown").body()).contains("is not a valid invitation");

        String team = web.get("/settings").body();
        assertThat(team).contains("Bob &lt;i&gt;").doesNotContain("Bob <i>");
    }

    @Test
    void aViewersPagesHideWriteControlsAndTheirFormsAreRefused() throws Exception {
        ApiClient owner = ApiClient.newMember(port);
        UUID ana = owner.post("/api/v1/people", person().named("Ana Viewed").build())
                .id();
        ApiClient viewer = owner.invite("viewer");
        WebSession web = WebSession.signedIn(port, viewer.email);

        String people = web.get("/people").body();
        assertThat(people)
                .contains("Ana Viewed")
                .doesNotContain("Add a person")
                .doesNotContain("+ Log encounter")
                .doesNotContain("Import contacts")
                .doesNotContain("With the selected");
        assertThat(web.get("/goals").body()).doesNotContain("Start a goal");
        assertThat(web.get("/").statusCode()).isEqualTo(200);
        String person = web.get("/people/" + ana).body();
        assertThat(person).contains("Ana Viewed").doesNotContain(">Log encounter<");
        assertThat(web.get("/people/new").statusCode()).isEqualTo(403);
        assertThat(web.get("/encounters/new").statusCode()).isEqualTo(403);

        String csrf = web.csrf();
        HttpResponse<String> refused = web.post("/people", Map.of("displayName", "Sneaky", "_csrf", csrf));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Viewers cannot change the workspace");
        assertThat(web.post("/settings/cadence", Map.of("tier.close", "5", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(403);
        assertThat(web.post(
                                "/settings/team/invitations",
                                Map.of("email", "x@example.org", "role", "viewer", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(403);
        // Their own account is theirs: a token from the settings page works.
        assertThat(web.post("/settings/tokens", Map.of("name", "mine", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(302);
        assertThat(viewer.get("/api/v1/tokens").json().get("total").asLong()).isEqualTo(2);
        String settings = web.get("/settings").body();
        assertThat(settings)
                .doesNotContain("invite-form")
                .doesNotContain("Save defaults")
                .contains("Viewer");
        assertThat(owner.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        var signedOut = web.post("/logout", Map.of("_csrf", web.csrf()));
        assertThat(signedOut.headers().firstValue("Location").orElse("")).endsWith("/login?signedOut");
    }

    @Test
    void aRoleChangeOrARemovalReachesASessionSignedInBeforeIt() throws Exception {
        ApiClient owner = ApiClient.newMember(port);
        ApiClient editor = owner.invite("editor");
        WebSession web = WebSession.signedIn(port, editor.email);
        String csrf = web.csrf();
        assertThat(web.post("/people", Map.of("displayName", "Allowed", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(302);

        owner.patch("/api/v1/workspace/members/" + editor.memberId, Map.of("role", "viewer"));
        assertThat(web.post("/people", Map.of("displayName", "Refused", "_csrf", csrf))
                        .statusCode())
                .isEqualTo(403);
        assertThat(web.get("/people").body()).doesNotContain("Add a person");

        owner.delete("/api/v1/workspace/members/" + editor.memberId);
        var after = web.get("/people");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login?removed");
        assertThat(web.get("/login?removed").body()).contains("removed from its workspace");
        assertThat(owner.get("/api/v1/people").body()).contains("Allowed").doesNotContain("Refused");
    }

    @Test
    void anOwnerChangesRolesAndRemovesMembersFromThePageButNeverTheLastOwner() throws Exception {
        ApiClient owner = ApiClient.newMember(port);
        ApiClient editor = owner.invite("editor");
        WebSession web = WebSession.signedIn(port, owner.email);
        String csrf = web.csrf();

        web.post("/settings/team/members/" + owner.memberId + "/role", Map.of("role", "viewer", "_csrf", csrf));
        assertThat(web.get("/settings").body()).contains("A workspace needs an owner");
        web.post("/settings/team/members/" + editor.memberId + "/role", Map.of("role", "viewer", "_csrf", csrf));
        assertThat(web.get("/settings").body()).contains("Teammate is now Viewer.");
        assertThat(editor.get("/api/v1/me").text("role")).isEqualTo("viewer");
        web.post("/settings/team/members/" + editor.memberId + "/remove", Map.of("_csrf", csrf));
        assertThat(web.get("/settings").body()).contains("Member removed");
        assertThat(editor.get("/api/v1/me").status()).isEqualTo(401);
        // Another workspace's member id is not found from here.
        ApiClient stranger = ApiClient.newMember(port);
        assertThat(web.post("/settings/team/members/" + stranger.memberId + "/remove", Map.of("_csrf", csrf))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/me").status()).isEqualTo(200);
    }

    private ApiClient ownerNamed(String name) {
        String email = "owner-" + UUID.randomUUID() + "@example.org";
        var anonymous = ApiClient.anonymous(port);
        anonymous.post("/api/v1/accounts", Map.of("email", email, "password", ApiClient.PASSWORD, "name", name));
        return anonymous.withBasic(email, ApiClient.PASSWORD);
    }
}
