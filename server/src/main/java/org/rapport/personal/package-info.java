/**
 * Personal networking: favours and recommendations given and received, birthdays as follow-ups, and
 * "who could help?" for a friend in need (search for who knows about it, plus the friend's own
 * connections). Composes people, connections, encounters, follow-ups and search.
 */
@NullMarked
package org.rapport.personal;

import org.jspecify.annotations.NullMarked;
