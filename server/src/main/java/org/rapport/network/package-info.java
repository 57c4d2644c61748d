/**
 * The network: how strong each tie is (with its reasons) and, built on that, who can introduce
 * the member to whom: an in-memory graph per workspace derived from the database (connections,
 * overlapping roles, introductions, shared events), kept current from the change log. Publishes
 * {@link org.rapport.network.IntroductionService} and implements {@link org.rapport.people.TieStrength}.
 */
@NullMarked
package org.rapport.network;

import org.jspecify.annotations.NullMarked;
