package org.rapport.encounters;

import java.time.Instant;
import java.util.UUID;

/**
 * How many exchanges of one type went to ({@code given}) or came from one person: all time, in one
 * calendar year (by the encounter's own local date), and when the latest happened.
 */
public record ExchangeTally(
        UUID personId, boolean given, ExchangeType type, long allTime, long inYear, Instant lastAt) {}
