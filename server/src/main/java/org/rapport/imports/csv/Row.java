package org.rapport.imports.csv;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** One CSV row with its line number; values by column name, blank ones as null. */
public final class Row {
    private final int line;
    private final CSVRecord record;
    private final Map<String, Integer> columns;

    Row(int line, CSVRecord record, Map<String, Integer> columns) {
        this.line = line;
        this.record = record;
        this.columns = columns;
    }

    public int line() {
        return line;
    }

    /** The first non-blank value among these columns (names case-insensitive), trimmed. */
    public @Nullable String get(String... names) {
        for (String name : names) {
            Integer i = columns.get(CsvTable.normal(name));
            if (i != null && i < record.size()) {
                String v = record.get(i).trim();
                if (!v.isEmpty()) {
                    return v;
                }
            }
        }
        return null;
    }

    public @Nullable String at(@Nullable Integer index) {
        if (index == null || index >= record.size()) {
            return null;
        }
        String v = record.get(index).trim();
        return v.isEmpty() ? null : v;
    }

    public boolean isBlank() {
        for (String v : record.values()) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
