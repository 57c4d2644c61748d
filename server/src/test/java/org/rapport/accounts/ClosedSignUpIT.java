package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

@RapportTest
@TestPropertySource(properties = "rapport.signup=closed")
class ClosedSignUpIT {
    @LocalServerPort
    int port;

    @Test
    void theFirstAccountIsAlwaysAllowedAndThenOnlyAnInvitationLetsSomeoneIn() {
        ApiClient anonymous = ApiClient.anonymous(port);
        var first = anonymous.post(
                "/api/v1/accounts",
                Map.of("email", "owner@example.org", "password", ApiClient.PASSWORD, "name", "Owner"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.text("memberId")).isNotBlank();
        assertThat(first.text("workspaceId")).isNotBlank();

        var second = anonymous.post(
                "/api/v1/accounts",
                Map.of("email", "guest@example.org", "password", ApiClient.PASSWORD, "name", "Guest"));
        assertThat(second.status()).isEqualTo(403);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.text("detail")).contains("closed");

        // An invitation lets the guest in all the same, into the owner's workspace.
        ApiClient owner = anonymous.withBasic("owner@example.org", ApiClient.PASSWORD);
        var invitation =
                owner.post("/api/v1/workspace/invitations", Map.of("email", "guest@example.org", "role", "editor"));
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        var joined = anonymous.post(
                "/api/v1/accounts",
                Map.of(
                        "email",
                        "guest@example.org",
                        "password",
                        ApiClient.PASSWORD,
                        "name",
                        "Guest",
                        "invitation",
                        invitation.text("token")));
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        assertThat(joined.text("workspaceId")).isEqualTo(first.text("workspaceId"));
    }
}
