package org.rapport.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rapport.api.NotFoundException;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A token is 256 random bits, shown once; only its SHA-256 is stored. A slow
 * password hash is unnecessary for a secret that cannot be guessed, and SHA-256 lets a request
 * find its token with one indexed lookup.
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "rpt_";
    // Writing last_used_at on every call would turn each read into a write; once a minute is enough.
    private static final long LAST_USED_RESOLUTION_MILLIS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final ChangeLog changeLog;

    ApiTokenService(ApiTokenRepository tokens, ChangeLog changeLog) {
        this.tokens = tokens;
        this.changeLog = changeLog;
    }

    public record ApiToken(
            UUID id,
            String name,
            long createdAt,
            @org.jspecify.annotations.Nullable Long lastUsedAt) {}

    /** Serializable: the settings page hands it to the next page as a flash attribute, kept in the session. */
    public record NewApiToken(UUID id, String name, String token) implements java.io.Serializable {}

    @Transactional
    public NewApiToken create(CurrentMember me, String name) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw ValidationException.of("name", "must be 1 to 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = Ids.newId();
        tokens.insert(me, id, trimmed, hash(token), System.currentTimeMillis());
        changeLog.record(me.workspace().value(), "api_token", id, ChangeLog.Operation.CREATE, me.memberId());
        return new NewApiToken(id, trimmed, token);
    }

    public List<ApiToken> list(CurrentMember me) {
        return tokens.listFor(me);
    }

    @Transactional
    public void revoke(CurrentMember me, UUID id) {
        if (!tokens.delete(me, id)) {
            throw new NotFoundException("API token", id);
        }
        changeLog.record(me.workspace().value(), "api_token", id, ChangeLog.Operation.DELETE, me.memberId());
    }

    /** The member a bearer token belongs to, if it is one of ours and not revoked. */
    public Optional<CurrentMember> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(token)).map(found -> {
            long now = System.currentTimeMillis();
            if (found.lastUsedAt() == null || now - found.lastUsedAt() > LAST_USED_RESOLUTION_MILLIS) {
                tokens.touch(found.member().workspace(), found.tokenId(), now);
            }
            return found.member();
        });
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
