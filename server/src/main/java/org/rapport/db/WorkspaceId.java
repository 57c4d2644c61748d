package org.rapport.db;

import java.io.Serializable;
import java.util.UUID;

/** The unit of ownership: every row and every query is scoped by one. */
public record WorkspaceId(UUID value) implements Serializable {
    /** Part of the signed-in member kept in browser sessions in the database. */
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return value.toString();
    }
}
