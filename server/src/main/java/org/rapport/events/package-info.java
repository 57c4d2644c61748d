/**
 * Events: a conference or meetup where several people were met. The fast "met 12 people at X"
 * entry turns one line per person into people, one event encounter and next-day follow-ups.
 */
@NullMarked
package org.rapport.events;

import org.jspecify.annotations.NullMarked;
