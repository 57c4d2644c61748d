/**
 * Storage plumbing shared by every feature: the DataSource (SQLite by default, PostgreSQL by URL),
 * the one {@link org.rapport.db.Dialect} seam, UUIDv7 ids and the change log writer.
 * Features own their tables and SQL; this module owns none but {@code change_log}.
 */
@NullMarked
package org.rapport.db;

import org.jspecify.annotations.NullMarked;
