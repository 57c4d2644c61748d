package org.rapport.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rapport.imports.csv.CsvTable;
import org.rapport.imports.csv.GoogleContacts;
import org.rapport.imports.csv.LinkedInConnections;
import org.rapport.imports.csv.OutlookContacts;

/**
 * Recognises a file by its first lines: BEGIN:VCARD, BEGIN:VCALENDAR, or a CSV header of one of the
 * known exports (among its first ten rows, past LinkedIn's preamble). Also catches a file sent under
 * the wrong format (an .ics as CSV), naming what it really is.
 */
final class FormatDetector {
    private FormatDetector() {}

    static Format detect(Upload upload, TextFile.Encoding encoding, Optional<Format> declared) throws IOException {
        String first = firstLine(upload, encoding);
        Optional<Format> byContent = Optional.empty();
        if (first.startsWith("BEGIN:VCARD")) {
            byContent = Optional.of(Format.VCARD);
        } else if (first.startsWith("BEGIN:VCALENDAR")) {
            byContent = Optional.of(Format.ICS);
        } else if (!first.startsWith("BEGIN:")) {
            byContent = csvFormat(upload, encoding);
        }
        if (declared.isPresent()) {
            Format d = declared.get();
            if (byContent.isPresent()
                    && byContent.get() != d
                    && (!d.isCsv() || !byContent.get().isCsv())) {
                throw new ImportFailure(
                        1,
                        "this is " + article(byContent.get()) + " file, not " + d.label() + " (format=" + d.wire()
                                + ")");
            }
            if (byContent.isEmpty() && !d.isCsv()) {
                throw new ImportFailure(
                        1,
                        "this is not " + article(d) + " file: it does not start with BEGIN:"
                                + (d == Format.VCARD ? "VCARD" : "VCALENDAR"));
            }
            return d;
        }
        return byContent.orElseThrow(
                () -> new ImportFailure(
                        1,
                        "the file is not one Rapport recognises: expected a LinkedIn, Google or Outlook CSV export, a vCard file or an iCalendar file"));
    }

    private static String article(Format f) {
        return switch (f) {
            case ICS -> "an iCalendar";
            case OUTLOOK_CSV -> "an Outlook CSV";
            default -> "a " + f.label();
        };
    }

    private static String firstLine(Upload upload, TextFile.Encoding encoding) throws IOException {
        try (BufferedReader r = new BufferedReader(TextFile.open(upload, encoding))) {
            char[] head = new char[4096];
            int n = r.read(head);
            String text = n <= 0 ? "" : new String(head, 0, n);
            return text.stripLeading().toUpperCase(Locale.ROOT);
        }
    }

    private static Optional<Format> csvFormat(Upload upload, TextFile.Encoding encoding) throws IOException {
        try (Reader r = TextFile.open(upload, encoding);
                CSVParser parser = CSVParser.builder()
                        .setReader(new LimitedReader(r, 256 * 1024))
                        .setFormat(CSVFormat.RFC4180)
                        .get()) {
            int rows = 0;
            for (CSVRecord record : parser) {
                Map<String, Integer> columns = CsvTable.index(record.values());
                if (GoogleContacts.isHeader(columns)) {
                    return Optional.of(Format.GOOGLE_CSV);
                }
                if (LinkedInConnections.isHeader(columns)) {
                    return Optional.of(Format.LINKEDIN);
                }
                if (OutlookContacts.isHeader(columns)) {
                    return Optional.of(Format.OUTLOOK_CSV);
                }
                if (++rows >= 10) {
                    break;
                }
            }
        } catch (RuntimeException | IOException unreadable) {
            return Optional.empty(); // the import itself names the line
        }
        return Optional.empty();
    }

    /** Stops after {@code max} characters: detection never needs more than the first rows. */
    private static final class LimitedReader extends java.io.FilterReader {
        private int left;

        LimitedReader(Reader in, int max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buf, off, Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                return -1;
            }
            return super.read();
        }
    }
}
