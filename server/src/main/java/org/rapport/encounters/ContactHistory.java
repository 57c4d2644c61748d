package org.rapport.encounters;

import java.time.Instant;
import java.util.UUID;

/** How many encounters a member had with a person, and when the first one was. */
public record ContactHistory(UUID personId, long encounters, Instant firstAt) {}
