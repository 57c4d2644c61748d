package org.rapport.cli.api;

/** No answer at all: refused, timed out, or not HTTP. */
public final class ServerUnreachableException extends RuntimeException {
    ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
