package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Its own server and database: the address limit it trips would otherwise lock out the other tests. */
@RapportTest
@TestPropertySource(properties = "rapport.test.context=login-throttle")
class LoginThrottleIT {
    @LocalServerPort
    int port;

    @Test
    void tenFailuresInAMinuteLockTheAccountAndTheAddressWithA429() {
        ApiClient member = ApiClient.newMember(port);
        ApiClient anonymous = ApiClient.anonymous(port);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            var wrong = anonymous
                    .withBasic(member.email, "wrong password " + i)
                    .post("/api/v1/tokens", Map.of("name", "x"));
            assertThat(wrong.status()).isEqualTo(401);
        }
        var locked = anonymous.withBasic(member.email, ApiClient.PASSWORD).post("/api/v1/tokens", Map.of("name", "x"));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).contains("60");
        assertThat(locked.contentType()).startsWith("application/problem+json");

        // The same address trying another account is refused too; the token already issued still works.
        var elsewhere = anonymous
                .withBasic("someone-else@example.org", "whatever password")
                .post("/api/v1/tokens", Map.of());
        assertThat(elsewhere.status()).isEqualTo(429);
        assertThat(member.get("/api/v1/me").status()).isEqualTo(200);
    }
}
