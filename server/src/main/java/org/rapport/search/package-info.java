/**
 * Full-text search over people, organizations and encounters, and "who knows about X?". The Lucene
 * index is node-local and derived from the database: {@link org.rapport.search.IndexCatchUp} follows
 * the change log on every node, and a missing or damaged index is rebuilt from the tables. It reads
 * the other features' tables directly and in bulk (a projection, never a write). Publishes
 * {@link org.rapport.search.SearchService}.
 */
@NullMarked
package org.rapport.search;

import org.jspecify.annotations.NullMarked;
