package org.rapport.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A sink that keeps what a reader sends, and fixtures from src/test/resources/imports. */
final class Collected implements RecordSink {
    final List<ImportedPerson> people = new ArrayList<>();
    final List<ImportedMeeting> meetings = new ArrayList<>();
    final List<LineError> skipped = new ArrayList<>();
    final List<LineError> warnings = new ArrayList<>();

    @Override
    public void person(ImportedPerson person) {
        people.add(person);
    }

    @Override
    public void meeting(ImportedMeeting meeting) {
        meetings.add(meeting);
    }

    @Override
    public void skipped(int line, String reason) {
        skipped.add(new LineError(line, reason));
    }

    @Override
    public void warning(int line, String message) {
        warnings.add(new LineError(line, message));
    }

    ImportedPerson named(String displayName) {
        return people.stream()
                .filter(p -> displayName.equals(p.displayName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + displayName + " in " + people));
    }

    static Upload fixture(String name) {
        return new Upload() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public InputStream open() {
                return Objects.requireNonNull(Collected.class.getResourceAsStream("/imports/" + name), name);
            }
        };
    }

    static Upload bytes(String name, byte[] content) {
        return new Upload() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(content);
            }
        };
    }

    /** The fixture's text as the importer decodes it. */
    static Reader text(String name) throws IOException {
        Upload u = fixture(name);
        return TextFile.open(u, TextFile.detect(u));
    }
}
