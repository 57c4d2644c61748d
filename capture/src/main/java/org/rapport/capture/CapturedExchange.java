package org.rapport.capture;

/**
 * One {@code gave:} or {@code got:} clause.
 *
 * @param type guessed from the description's words
 * @param description the clause's text without markup; never blank
 * @param person the name of the first person mentioned in the clause (who it went to or came
 *     from), or null when the clause names nobody
 */
public record CapturedExchange(ExchangeType type, String description, String person) {}
