package org.rapport.imports.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.rapport.imports.ImportFailure;

/**
 * A CSV file read one row at a time, with its header found among the first lines (LinkedIn puts a
 * "Notes:" preamble first), values looked up by column name (case-insensitive), line numbers kept
 * for messages, and limits on line and field length so one huge field cannot exhaust memory.
 */
public final class CsvTable implements AutoCloseable {
    static final int MAX_FIELD = 64 * 1024;
    static final int MAX_LINE = 1024 * 1024;
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreEmptyLines(false)
            .setAllowMissingColumnNames(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final GuardedReader guarded;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> names;
    private long lastLineEnd;

    private CsvTable(Reader reader, Predicate<Map<String, Integer>> isHeader, String expected) throws IOException {
        this.guarded = new GuardedReader(reader);
        this.parser = CSVParser.builder().setReader(guarded).setFormat(FORMAT).get();
        this.records = parser.iterator();
        List<String> header = null;
        for (int i = 0; i < HEADER_SEARCH_ROWS && header == null; i++) {
            CSVRecord record = next();
            if (record == null) {
                break;
            }
            Map<String, Integer> candidate = index(record.values());
            if (isHeader.test(candidate)) {
                header = record.toList();
                columns.putAll(candidate);
            }
        }
        if (header == null) {
            throw new ImportFailure(
                    1, "no " + expected + " header found in the first " + HEADER_SEARCH_ROWS + " lines");
        }
        this.names = header;
    }

    /** Opens a CSV file and finds its header: the first of the first ten rows {@code isHeader} accepts. */
    public static CsvTable open(Reader reader, Predicate<Map<String, Integer>> isHeader, String expected)
            throws IOException {
        return new CsvTable(reader, isHeader, expected);
    }

    /** Column names (trimmed, lower-cased) to positions; the first of duplicate names wins. */
    public static Map<String, Integer> index(String[] header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            index.putIfAbsent(normal(header[i]), i);
        }
        return index;
    }

    static String normal(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    public Map<String, Integer> columns() {
        return columns;
    }

    /** The next row, or null at the end of the file. */
    public @Nullable Row nextRow() {
        CSVRecord record = next();
        if (record == null) {
            return null;
        }
        int line = (int) startLine;
        for (int i = 0; i < record.size(); i++) {
            if (record.get(i).length() > MAX_FIELD) {
                String column = i < names.size() ? names.get(i) : "column " + (i + 1);
                throw new ImportFailure(
                        line,
                        "the field '" + column + "' is " + record.get(i).length() + " characters long; at most "
                                + MAX_FIELD + " are read");
            }
        }
        return new Row(line, record, columns);
    }

    private long startLine;

    private @Nullable CSVRecord next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            startLine = lastLineEnd + 1;
            CSVRecord record = records.next();
            lastLineEnd = parser.getCurrentLineNumber();
            return record;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw failure(e);
        }
    }

    private ImportFailure failure(RuntimeException e) {
        if (guarded.tooLong) {
            return new ImportFailure(
                    guarded.line, "a line longer than " + MAX_LINE + " characters: this is not a contacts CSV file");
        }
        String message = String.valueOf(e.getMessage());
        Matcher start = START_LINE.matcher(message);
        if (message.contains("EOF reached before encapsulated token finished")) {
            int line = start.find() ? Integer.parseInt(start.group(1)) : (int) lastLineEnd + 1;
            return new ImportFailure(line, "a quoted field opened on this line is never closed (unterminated quote)");
        }
        if (message.contains("invalid char between encapsulated token and delimiter")) {
            int line = start.find() ? Integer.parseInt(start.group(1)) : (int) lastLineEnd + 1;
            return new ImportFailure(
                    line, "a quote inside a quoted field is not doubled (\"\"), so the row cannot be read");
        }
        return new ImportFailure((int) lastLineEnd + 1, "the CSV cannot be read: " + message);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Counts lines and refuses a physical line longer than {@link #MAX_LINE}. */
    private static final class GuardedReader extends FilterReader {
        int line = 1;
        int lineLength;
        boolean tooLong;

        GuardedReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                if (buf[i] == '\n') {
                    line++;
                    lineLength = 0;
                } else if (++lineLength > MAX_LINE) {
                    tooLong = true;
                    throw new IOException("line too long");
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c == '\n') {
                line++;
                lineLength = 0;
            } else if (c >= 0 && ++lineLength > MAX_LINE) {
                tooLong = true;
                throw new IOException("line too long");
            }
            return c;
        }
    }
}
