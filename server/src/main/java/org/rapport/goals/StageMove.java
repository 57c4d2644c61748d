package org.rapport.goals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One move of an entry from a stage (none when it entered the pipeline) to another, when it happened. */
public record StageMove(UUID entryId, @Nullable Stage from, Stage to, Instant movedAt) {}
