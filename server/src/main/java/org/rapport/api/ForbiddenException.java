package org.rapport.api;

/** The caller is known but may not do this (e.g. sign-up is closed): 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
