/**
 * Encounters: networking conversations with their participants, kind, channel, notes, topics and
 * the exchanges given and received. Logging one updates the member's last contact with each
 * participant and creates the thank-yous owed. Publishes {@link org.rapport.encounters.EncounterService}.
 */
@NullMarked
package org.rapport.encounters;

import org.jspecify.annotations.NullMarked;
