/**
 * The network: who knows whom, as an in-memory graph per workspace derived from the database
 * (connections, overlapping roles, introductions, shared events) and kept current from the change
 * log, and the warm-introduction paths found in it. Publishes
 * {@link org.rapport.network.IntroductionService}.
 */
@NullMarked
package org.rapport.network;

import org.jspecify.annotations.NullMarked;
