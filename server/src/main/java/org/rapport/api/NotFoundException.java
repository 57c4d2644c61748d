package org.rapport.api;

/**
 * Something does not exist in the caller's workspace. Ids of other workspaces end here too, so an
 * answer never tells whether an id exists elsewhere (404, never 403).
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super("No " + what + " with id " + id + " in this workspace");
    }
}
