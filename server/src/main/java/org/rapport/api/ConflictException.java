package org.rapport.api;

/** A write that lost a race (stale version) or collides with existing data: 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String what, long sentVersion) {
        return new ConflictException("This " + what + " was changed since version " + sentVersion
                + " was read; fetch it again and re-apply the change");
    }
}
