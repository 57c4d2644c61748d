package org.rapport.accounts;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in the database, so the limit holds
 * across every app node: after {@value #MAX_FAILURES} failures within a minute, further attempts
 * for that account or from that address are refused (429) until the minute has passed.
 */
@Component
class LoginThrottle {
    static final int MAX_FAILURES = 10;
    static final long WINDOW_MILLIS = 60_000;
    // Old failures are only evidence for one window; keep an hour for investigation, then drop them.
    private static final long RETENTION_MILLIS = 3_600_000;

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void check(String email, String address) {
        long since = System.currentTimeMillis() - WINDOW_MILLIS;
        if (failures(accountKey(email), since) >= MAX_FAILURES
                || failures(addressKey(address), since) >= MAX_FAILURES) {
            throw new LoginThrottledException();
        }
    }

    void recordFailure(String email, String address) {
        long now = System.currentTimeMillis();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            jdbc.sql("INSERT INTO login_failures (attempt_key, failed_at) VALUES (:key, :now)")
                    .param("key", key)
                    .param("now", now)
                    .update();
        }
        jdbc.sql("DELETE FROM login_failures WHERE failed_at < :before")
                .param("before", now - RETENTION_MILLIS)
                .update();
    }

    private long failures(String key, long since) {
        return jdbc.sql("SELECT count(*) FROM login_failures WHERE attempt_key = :key AND failed_at >= :since")
                .param("key", key)
                .param("since", since)
                .query(Long.class)
                .single();
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
