package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Team workspaces through the API: invitations, joining, members and roles. */
@RapportTest
class TeamApiIT {
    private static final String INVITATIONS = "/api/v1/workspace/invitations";
    private static final String MEMBERS = "/api/v1/workspace/members";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient owner;
    ApiClient anonymous;

    @BeforeEach
    void anOwner() {
        owner = ApiClient.newMember(port);
        anonymous = ApiClient.anonymous(port);
    }

    @Test
    void anInviteeJoinsWithTheRoleAndSharesPeopleButNotTheInvitersEncountersOrRelationships() {
        UUID ana = owner.post(
                        "/api/v1/people",
                        person().named("Ana Shared")
                                .workingAt("Acme Shared", "CTO")
                                .withCadence(30, "professional")
                                .build())
                .id();
        owner.post(
                "/api/v1/encounters",
                encounter().with(ana).set("title", "Private lunch").build());

        var invitation = owner.post(INVITATIONS, Map.of("email", "Bob.Team@Example.org", "role", "editor"));
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        assertThat(invitation.text("email")).isEqualTo("bob.team@example.org");
        assertThat(invitation.text("role")).isEqualTo("editor");
        String token = invitation.text("token");
        assertThat(token).startsWith("rpi_");
        assertThat(invitation.text("link")).isEqualTo("http://127.0.0.1:" + port + "/join/" + token);
        assertThat(invitation.text("expiresAt")).isNotBlank();
        String stored = jdbc.sql("SELECT token_hash FROM invitations WHERE id = :id")
                .param("id", invitation.id().toString())
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(ApiTokenService.hash(token)).isNotEqualTo(token);
        var pending = owner.get(INVITATIONS);
        assertThat(pending.json().get("total").asLong()).isEqualTo(1);
        assertThat(pending.body()).contains("bob.team@example.org").doesNotContain(token);

        ApiClient bob = owner.join("BOB.team@example.org", token);
        assertThat(bob.workspaceId).isEqualTo(owner.workspaceId);
        var me = bob.get("/api/v1/me");
        assertThat(me.text("role")).isEqualTo("editor");
        assertThat(owner.get(INVITATIONS).json().get("total").asLong()).isZero();

        var people = bob.get("/api/v1/people");
        assertThat(people.body()).contains("Ana Shared");
        assertThat(bob.get("/api/v1/organizations").body()).contains("Acme Shared");
        var seen = bob.get("/api/v1/people/" + ana);
        assertThat(seen.status()).isEqualTo(200);
        var bobsTie = seen.json().get("relationship");
        assertThat(bobsTie.get("kinds").isEmpty()).as(seen.body()).isTrue();
        assertThat(bobsTie.get("cadenceDays").isNull()).as(seen.body()).isTrue();
        assertThat(bobsTie.get("lastContactAt").isNull()).as(seen.body()).isTrue();
        var ownersTie = owner.get("/api/v1/people/" + ana).json().get("relationship");
        assertThat(ownersTie.get("cadenceDays").asInt()).isEqualTo(30);
        assertThat(ownersTie.get("lastContactAt").isNull()).isFalse();
        var encounters = bob.get("/api/v1/encounters");
        assertThat(encounters.json().get("total").asLong()).isZero();
        assertThat(encounters.body()).doesNotContain("Private lunch");
        assertThat(bob.get("/api/v1/encounters?personId=" + ana)
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        var members = owner.get(MEMBERS);
        assertThat(members.json().get("total").asLong()).isEqualTo(2);
        assertThat(members.json().get("items").get(1).get("email").asString()).isEqualTo("bob.team@example.org");
        assertThat(members.json().get("items").get(1).get("role").asString()).isEqualTo("editor");
        assertThat(members.json().get("items").get(0).get("role").asString()).isEqualTo("owner");
        assertThat(members.json().get("items").get(0).get("joinedAt").asString())
                .isNotBlank();
        assertThat(bob.get(MEMBERS).body()).isEqualTo(members.body());
    }

    @Test
    void aViewerReadsEverythingButChangesNothing() {
        UUID ana = owner.post("/api/v1/people", person().named("Ana").build()).id();
        ApiClient viewer = owner.invite("viewer");
        assertThat(viewer.get("/api/v1/people").body()).contains("Ana");
        assertThat(viewer.get("/api/v1/people/" + ana).status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/encounters").status()).isEqualTo(200);
        assertThat(viewer.get(MEMBERS).status()).isEqualTo(200);

        var refused = viewer.post("/api/v1/people", person().named("Nope").build());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("detail")).isEqualTo("Viewers cannot change the workspace");
        assertThat(viewer.patch("/api/v1/people/" + ana, Map.of("notes", "x", "version", 1))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.delete("/api/v1/people/" + ana).status()).isEqualTo(403);
        assertThat(viewer.post("/api/v1/encounters", encounter().with(ana).build())
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/organizations", Map.of("name", "Nope Inc"))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.post("/api/v1/follow-ups", Map.of("type", "check_in", "personId", ana.toString()))
                        .status())
                .isEqualTo(403);
        assertThat(viewer.send("PUT", "/api/v1/settings/cadence", "{}".getBytes(), "application/json")
                        .status())
                .isEqualTo(403);
        // A viewer of another workspace's id gets the same 403 as for their own: it tells nothing.
        assertThat(viewer.delete("/api/v1/people/" + UUID.randomUUID()).status())
                .isEqualTo(403);

        // Creating an account is not a change of the viewer's workspace: answered as for anyone.
        var account = viewer.post(
                "/api/v1/accounts",
                Map.of(
                        "email",
                        "own-" + UUID.randomUUID() + "@example.org",
                        "password",
                        ApiClient.PASSWORD,
                        "name",
                        "Own"));
        assertThat(account.status()).as(account.body()).isEqualTo(201);
        assertThat(account.text("workspaceId")).isNotEqualTo(owner.workspaceId.toString());

        // Their own tokens are theirs to manage.
        var token = viewer.post("/api/v1/tokens", Map.of("name", "second"));
        assertThat(token.status()).isEqualTo(201);
        assertThat(viewer.delete("/api/v1/tokens/" + token.id()).status()).isEqualTo(204);
        assertThat(viewer.post("/api/v1/outreach/check", Map.of("message", "Hi Ana, could I ask you?"))
                        .status())
                .isEqualTo(200);

        // Errors answer as they do for anyone: a path that does not exist is not a role question.
        var nowhere = viewer.post("/api/v1/no-such-thing", Map.of());
        assertThat(nowhere.status())
                .isEqualTo(owner.post("/api/v1/no-such-thing", Map.of()).status());
        assertThat(nowhere.status()).isNotEqualTo(403);

        assertThat(owner.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        assertThat(owner.get("/api/v1/organizations").body()).doesNotContain("Nope");
        assertThat(viewer.get("/api/v1/me").text("role")).isEqualTo("viewer");
    }

    @Test
    void anEditorChangesTheNetworkButNotTheTeamOrTheWorkspaceSettings() {
        ApiClient editor = owner.invite("editor");
        assertThat(editor.post(
                                "/api/v1/people",
                                person().named("Added By Editor").build())
                        .status())
                .isEqualTo(201);
        assertThat(owner.get("/api/v1/people").body()).contains("Added By Editor");

        var invite = editor.post(INVITATIONS, Map.of("email", "x@example.org", "role", "viewer"));
        assertThat(invite.status()).isEqualTo(403);
        assertThat(invite.text("detail")).isEqualTo("Only the workspace's owners can do this");
        assertThat(editor.get(INVITATIONS).status()).isEqualTo(403);
        assertThat(editor.patch(MEMBERS + "/" + owner.memberId, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(403);
        assertThat(editor.patch(MEMBERS + "/" + editor.memberId, Map.of("role", "owner"))
                        .status())
                .isEqualTo(403);
        assertThat(editor.delete(MEMBERS + "/" + owner.memberId).status()).isEqualTo(403);
        assertThat(editor.send("PUT", "/api/v1/settings/cadence", "{}".getBytes(), "application/json")
                        .status())
                .isEqualTo(403);
        assertThat(editor.get(MEMBERS).json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void ownersNameTheWorkspaceThatInvitationsShow() {
        ApiClient editor = owner.invite("editor");
        ApiClient stranger = ApiClient.newMember(port);
        var renamed = owner.patch("/api/v1/workspace", Map.of("name", "  Acme sales "));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("Acme sales");
        assertThat(editor.get("/api/v1/workspace").text("name")).isEqualTo("Acme sales");
        assertThat(editor.get("/api/v1/workspace").text("role")).isEqualTo("editor");
        assertThat(editor.patch("/api/v1/workspace", Map.of("name", "Mine")).status())
                .isEqualTo(403);
        assertThat(owner.patch("/api/v1/workspace", Map.of("name", " ")).errorFields())
                .containsExactly("name");
        assertThat(stranger.patch("/api/v1/workspace", Map.of("name", "Theirs")).status())
                .isEqualTo(200);
        assertThat(owner.get("/api/v1/workspace").text("name")).isEqualTo("Acme sales");
    }

    @Test
    void theLastOwnerCanNeitherBeDemotedNorRemoved() {
        var demote = owner.patch(MEMBERS + "/" + owner.memberId, Map.of("role", "editor"));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.text("detail")).contains("needs an owner");
        var remove = owner.delete(MEMBERS + "/" + owner.memberId);
        assertThat(remove.status()).isEqualTo(409);
        assertThat(remove.text("detail")).contains("needs an owner");

        ApiClient second = owner.invite("editor");
        var promoted = owner.patch(MEMBERS + "/" + second.memberId, Map.of("role", "owner"));
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.text("role")).isEqualTo("owner");
        // Two owners: either may step down, but not both.
        assertThat(owner.patch(MEMBERS + "/" + owner.memberId, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(200);
        assertThat(owner.get("/api/v1/me").text("role")).isEqualTo("viewer");
        assertThat(second.patch(MEMBERS + "/" + second.memberId, Map.of("role", "editor"))
                        .status())
                .isEqualTo(409);
        assertThat(second.delete(MEMBERS + "/" + second.memberId).status()).isEqualTo(409);

        var bad = second.patch(MEMBERS + "/" + owner.memberId, Map.of("role", "boss"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("role");
    }

    @Test
    void aRemovedMemberIsLockedOutAtOnceAndTheirPrivateRowsAreKept() {
        ApiClient editor = owner.invite("editor");
        UUID dana =
                editor.post("/api/v1/people", person().named("Dana").build()).id();
        editor.post("/api/v1/encounters", encounter().with(dana).build());
        String secondToken =
                editor.post("/api/v1/tokens", Map.of("name", "cli")).text("token");

        assertThat(owner.delete(MEMBERS + "/" + editor.memberId).status()).isEqualTo(204);

        assertThat(editor.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(editor.withAuthorization("Bearer " + secondToken)
                        .get("/api/v1/people")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous
                        .withBasic(editor.email, ApiClient.PASSWORD)
                        .post("/api/v1/tokens", Map.of("name", "again"))
                        .status())
                .isEqualTo(401);
        assertThat(owner.get(MEMBERS).json().get("total").asLong()).isEqualTo(1);
        assertThat(owner.delete(MEMBERS + "/" + editor.memberId).status()).isEqualTo(404);
        // Shared people stay; the removed member's own encounter is kept, seen by nobody.
        assertThat(owner.get("/api/v1/people/" + dana).status()).isEqualTo(200);
        assertThat(owner.get("/api/v1/encounters").json().get("total").asLong()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM encounters WHERE member_id = :m")
                        .param("m", editor.memberId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // The address is free again: invited back, they are a new member with nothing of the old one's.
        var again = owner.post(INVITATIONS, Map.of("email", editor.email, "role", "viewer"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        ApiClient back = owner.join(editor.email, again.text("token"));
        assertThat(back.memberId).isNotEqualTo(editor.memberId);
        assertThat(back.get("/api/v1/encounters").json().get("total").asLong()).isZero();
    }

    @Test
    void usedRevokedExpiredAndUnknownInvitationsAreRefusedNamingTheField() {
        var used = owner.post(INVITATIONS, Map.of("email", "used@example.org", "role", "viewer"));
        owner.join("used@example.org", used.text("token"));
        assertRefused(signUp("used2@example.org", used.text("token")), "invitation", "used already");
        assertRefused(signUp("used@example.org", used.text("token")), "invitation", "used already");

        var revoked = owner.post(INVITATIONS, Map.of("email", "revoked@example.org", "role", "viewer"));
        assertThat(owner.delete(INVITATIONS + "/" + revoked.id()).status()).isEqualTo(204);
        assertThat(owner.get(INVITATIONS).json().get("total").asLong()).isZero();
        assertRefused(signUp("revoked@example.org", revoked.text("token")), "invitation", "revoked");

        var expired = owner.post(INVITATIONS, Map.of("email", "late@example.org", "role", "editor"));
        jdbc.sql("UPDATE invitations SET expires_at = :past WHERE id = :id")
                .param("past", System.currentTimeMillis() - 1000)
                .param("id", expired.id().toString())
                .update();
        assertThat(owner.get(INVITATIONS).json().get("total").asLong()).isZero();
        assertRefused(signUp("late@example.org", expired.text("token")), "invitation", "expired");

        assertRefused(signUp("who@example.org", "rpi_" + UUID.randomUUID()), "invitation", "not a valid invitation");

        var mismatch = owner.post(INVITATIONS, Map.of("email", "right@example.org", "role", "editor"));
        assertRefused(signUp("wrong@example.org", mismatch.text("token")), "email", "the address the invitation");
        // The refusals changed nothing: the right address still joins with it.
        assertThat(owner.join("RIGHT@example.org", mismatch.text("token")).workspaceId)
                .isEqualTo(owner.workspaceId);
        assertThat(owner.get(MEMBERS).json().get("total").asLong()).isEqualTo(3);
    }

    @Test
    void invitationsNameEveryBadFieldAndRefuseExistingAccounts() {
        var bad = owner.post(INVITATIONS, Map.of("email", "nope", "role", "owner"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("email", "role");
        assertThat(owner.post(INVITATIONS, Map.of()).errorFields()).containsExactlyInAnyOrder("email", "role");

        ApiClient elsewhere = ApiClient.newMember(port);
        var taken = owner.post(INVITATIONS, Map.of("email", elsewhere.email, "role", "editor"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("detail")).contains("already exists");
        var self = owner.post(INVITATIONS, Map.of("email", owner.email, "role", "editor"));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.text("detail")).contains("already a member");

        // A second invitation to the same address replaces the first one.
        var first = owner.post(INVITATIONS, Map.of("email", "twice@example.org", "role", "viewer"));
        var second = owner.post(INVITATIONS, Map.of("email", "twice@example.org", "role", "editor"));
        assertThat(owner.get(INVITATIONS).json().get("total").asLong()).isEqualTo(1);
        assertRefused(signUp("twice@example.org", first.text("token")), "invitation", "revoked");
        assertThat(owner.join("twice@example.org", second.text("token"))
                        .get("/api/v1/me")
                        .text("role"))
                .isEqualTo("editor");
    }

    @Test
    void anotherWorkspaceCannotSeeOrTouchThisWorkspacesInvitationsOrMembers() {
        ApiClient editor = owner.invite("editor");
        var pending = owner.post(INVITATIONS, Map.of("email", "pending@example.org", "role", "viewer"));
        ApiClient stranger = ApiClient.newMember(port);

        var theirs = stranger.get(INVITATIONS);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().get("total").asLong()).isZero();
        var theirMembers = stranger.get(MEMBERS);
        assertThat(theirMembers.json().get("total").asLong()).isEqualTo(1);
        assertThat(theirMembers.body()).doesNotContain(owner.email).doesNotContain(editor.email);

        assertThat(stranger.delete(INVITATIONS + "/" + pending.id()).status()).isEqualTo(404);
        assertThat(stranger.patch(MEMBERS + "/" + editor.memberId, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.patch(MEMBERS + "/" + owner.memberId, Map.of("role", "viewer"))
                        .status())
                .isEqualTo(404);
        assertThat(stranger.delete(MEMBERS + "/" + editor.memberId).status()).isEqualTo(404);
        // A stranger's own address does not match the invitation (and has an account already).
        assertRefused(signUp(stranger.email, pending.text("token")), "email", "the address the invitation");

        assertThat(owner.get(INVITATIONS).json().get("total").asLong()).isEqualTo(1);
        assertThat(editor.get("/api/v1/me").text("role")).isEqualTo("editor");
        assertThat(owner.get(MEMBERS).json().get("total").asLong()).isEqualTo(2);
    }

    private ApiClient.Response signUp(String email, String token) {
        return anonymous.post(
                "/api/v1/accounts",
                Map.of("email", email, "password", ApiClient.PASSWORD, "name", "Someone", "invitation", token));
    }

    private static void assertRefused(ApiClient.Response response, String field, String words) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .contains(words);
    }
}
