/**
 * Suggestions: whom to reconnect with (due, overdue, dormant strong ties), whom to thank and to
 * whom to give back, each with its reason; and the suggestions a member snoozed or dismissed.
 * Publishes {@link org.rapport.suggestions.SuggestionService}.
 */
@NullMarked
package org.rapport.suggestions;

import org.jspecify.annotations.NullMarked;
