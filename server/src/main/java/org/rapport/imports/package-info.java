/**
 * Bringing people and meetings in from files: LinkedIn, Google and Outlook CSV, vCard and
 * iCalendar, with format detection, de-duplication, a dry run, one transaction per import, a
 * history with undo, and merging of possible duplicates. Readers for each format live in
 * sub-packages and know nothing of the database.
 */
@NullMarked
package org.rapport.imports;

import org.jspecify.annotations.NullMarked;
