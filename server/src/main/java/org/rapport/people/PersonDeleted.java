package org.rapport.people;

import java.util.UUID;
import org.rapport.db.WorkspaceId;

/**
 * Published inside the deleting transaction, just before the person's row goes, so features that
 * point at the person (exchanges, follow-ups) can let go of it without losing their own records.
 */
public record PersonDeleted(WorkspaceId workspace, UUID personId) {}
