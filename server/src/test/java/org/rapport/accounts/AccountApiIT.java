package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RapportTest
class AccountApiIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = ApiClient.anonymous(port);
    }

    @Test
    void anEmailCanHoldOnlyOneAccountWhateverItsCase() {
        ApiClient first = ApiClient.newMember(port);
        var again = anonymous.post(
                "/api/v1/accounts",
                Map.of("email", first.email.toUpperCase(), "password", ApiClient.PASSWORD, "name", "Twin"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void signUpNamesEveryBadField() {
        var response = anonymous.post("/api/v1/accounts", Map.of("email", "nope", "password", "short", "name", " "));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("email", "password", "name");
        var missing = anonymous.post("/api/v1/accounts", Map.of());
        assertThat(missing.errorFields()).containsExactlyInAnyOrder("email", "password", "name");
    }

    @Test
    void passwordsAndTokensAreStoredOnlyAsHashes() {
        ApiClient member = ApiClient.newMember(port);
        String passwordHash = jdbc.sql("SELECT password_hash FROM members WHERE email = :email")
                .param("email", member.email)
                .query(String.class)
                .single();
        assertThat(passwordHash).startsWith("{bcrypt}").doesNotContain(ApiClient.PASSWORD);

        String tokenHash = jdbc.sql("SELECT token_hash FROM api_tokens WHERE member_id = :member")
                .param("member", member.memberId.toString())
                .query(String.class)
                .single();
        assertThat(tokenHash).isEqualTo(ApiTokenService.hash(member.token())).isNotEqualTo(member.token());
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
        ApiClient member = ApiClient.newMember(port);
        var basic = anonymous.withBasic(member.email, ApiClient.PASSWORD);
        var second = basic.post("/api/v1/tokens", Map.of("name", "laptop"));
        assertThat(second.status()).isEqualTo(201);
        String secret = second.text("token");
        assertThat(secret).startsWith("rpt_");

        var listed = member.get("/api/v1/tokens");
        assertThat(listed.json().get("total").asLong()).isEqualTo(2);
        assertThat(listed.body()).doesNotContain(secret).doesNotContain(member.token());

        ApiClient laptop = member.withAuthorization("Bearer " + secret);
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(member.delete("/api/v1/tokens/" + second.id()).status()).isEqualTo(204);
        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(member.get("/api/v1/me").json().get("email").asString()).isEqualTo(member.email);
    }

    @Test
    void healthIsPublicAndMetricsNeedCredentials() {
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(ApiClient.newMember(port).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void everyCallWithoutValidCredentialsIsUnauthorized() {
        var none = anonymous.get("/api/v1/people");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(none.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(anonymous
                        .withAuthorization("Bearer rpt_made-up")
                        .get("/api/v1/people")
                        .status())
                .isEqualTo(401);
        ApiClient member = ApiClient.newMember(port);
        assertThat(anonymous
                        .withBasic(member.email, "wrong password!")
                        .post("/api/v1/tokens", Map.of("name", "x"))
                        .status())
                .isEqualTo(401);
    }
}
