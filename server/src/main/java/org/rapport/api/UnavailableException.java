package org.rapport.api;

/**
 * Something the request needs is briefly not there (the search index while it is rebuilt from
 * the database): 503 with Retry-After, never a 500 for a state the server repairs by itself.
 */
public class UnavailableException extends RuntimeException {
    private final int retryAfterSeconds;

    public UnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
