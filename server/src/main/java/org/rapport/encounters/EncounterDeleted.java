package org.rapport.encounters;

import java.util.UUID;
import org.rapport.db.WorkspaceId;

/** Published inside the deleting transaction after an encounter is gone. */
public record EncounterDeleted(WorkspaceId workspace, UUID encounterId) {}
