/**
 * Export and restore: the complete JSON backup of a workspace (every workspace table, streamed) and
 * its lossless restore into an empty workspace, and people as vCard or Google Contacts CSV. The
 * backup reads tables generically through the database catalog ({@link org.rapport.exports.BackupTables}
 * says which are in it and why the others are not); see docs/backup-format.md.
 */
@NullMarked
package org.rapport.exports;

import org.jspecify.annotations.NullMarked;
