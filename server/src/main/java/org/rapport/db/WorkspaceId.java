package org.rapport.db;

import java.util.UUID;

/** The unit of ownership: every row and every query is scoped by one. */
public record WorkspaceId(UUID value) {
    @Override
    public String toString() {
        return value.toString();
    }
}
