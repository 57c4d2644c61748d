/**
 * People in the network and each member's relationship to them (kinds, closeness, cadence, last
 * and next contact), with their contact points and tags. Publishes
 * {@link org.rapport.people.PersonService} and the {@link org.rapport.people.PersonDeleted} event.
 */
@NullMarked
package org.rapport.people;

import org.jspecify.annotations.NullMarked;
