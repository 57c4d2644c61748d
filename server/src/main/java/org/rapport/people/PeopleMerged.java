package org.rapport.people;

import java.util.UUID;
import org.rapport.db.WorkspaceId;

/**
 * Published inside the merge's transaction, before {@code mergedId} is deleted: features that point
 * at people move what pointed at {@code mergedId} to {@code survivorId}.
 */
public record PeopleMerged(WorkspaceId workspace, UUID survivorId, UUID mergedId) {}
