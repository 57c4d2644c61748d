package org.rapport.imports;

/** Where a format reader sends what it reads, one record at a time, so no file is held in memory. */
public interface RecordSink {
    void person(ImportedPerson person);

    default void meeting(ImportedMeeting meeting) {
        throw new IllegalStateException("this import takes people only");
    }

    /** A row with nothing to import (blank, commas only, no name): skipped and counted. */
    void skipped(int line, String reason);

    /** A problem that costs a value or a row but not the import. */
    void warning(int line, String message);
}
