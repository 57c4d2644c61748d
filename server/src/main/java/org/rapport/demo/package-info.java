/**
 * The demo network: a deterministic sample a fresh workspace can load so every screen has
 * something real to show. It writes only through the feature services (people, organizations,
 * encounters, follow-ups, connections). Publishes {@link org.rapport.demo.DemoNetworkService}.
 */
@NullMarked
package org.rapport.demo;

import org.jspecify.annotations.NullMarked;
