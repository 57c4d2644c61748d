/**
 * Connections: ties between two people in the network (colleague, friend, family, introduced,
 * knows), from the member, from imports, or inferred. Undirected; the network module reads them
 * to find introduction paths. Publishes {@link org.rapport.connections.ConnectionService}.
 */
@NullMarked
package org.rapport.connections;

import org.jspecify.annotations.NullMarked;
