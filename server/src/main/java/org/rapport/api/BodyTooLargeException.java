package org.rapport.api;

import java.io.IOException;

/** Thrown while reading a JSON body that turns out larger than the limit. */
class BodyTooLargeException extends IOException {
    static final String MESSAGE = "A JSON request body may be at most 1 MB";

    BodyTooLargeException() {
        super(MESSAGE);
    }
}
