package org.rapport.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.ChangeLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret in a member's feed URL. It is the only credential a calendar app has, so it is 256
 * random bits shown once; only its SHA-256 is stored (a slow hash buys nothing for a secret that
 * cannot be guessed, and SHA-256 lets a request find its member by index). Rotating replaces it:
 * the old URL then answers 404.
 */
@Service
public class FeedSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int SECRET_BYTES = 32;

    private final FeedSecretRepository secrets;
    private final ChangeLog changeLog;

    FeedSecrets(FeedSecretRepository secrets, ChangeLog changeLog) {
        this.secrets = secrets;
        this.changeLog = changeLog;
    }

    /** When the current secret was made; empty when the member has no feed. */
    public Optional<Instant> createdAt(CurrentMember me) {
        return secrets.createdAt(me);
    }

    /** A new secret for the member's feed, replacing any earlier one. Shown once. */
    @Transactional
    public String rotate(CurrentMember me) {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        secrets.save(me, hash(secret), Instant.now());
        changeLog.record(
                me.workspace().value(), "feed_secret", me.memberId(), ChangeLog.Operation.UPDATE, me.memberId());
        return secret;
    }

    /** Turns the feed off: its URL answers 404 from now on. */
    @Transactional
    public void disable(CurrentMember me) {
        if (secrets.delete(me)) {
            changeLog.record(
                    me.workspace().value(), "feed_secret", me.memberId(), ChangeLog.Operation.DELETE, me.memberId());
        }
    }

    /** The member whose feed this secret opens, if any. */
    Optional<CurrentMember> member(String secret) {
        if (secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return secrets.findByHash(hash(secret));
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
