package org.rapport.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.Role;
import org.rapport.people.Address;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;
import org.rapport.people.Person;

/**
 * Google Contacts CSV in the current layout (docs: FORMATS.md §2): values that share a label share
 * one cell, joined by {@code " ::: "}, as Google writes them; tags become labels, with
 * {@code * myContacts} so Google shows the people. Only as many numbered columns as needed.
 */
final class GoogleCsv implements AutoCloseable {
    static final String SEPARATOR = " ::: ";
    static final List<String> FIXED = List.of(
            "First Name",
            "Middle Name",
            "Last Name",
            "Phonetic First Name",
            "Phonetic Middle Name",
            "Phonetic Last Name",
            "Name Prefix",
            "Name Suffix",
            "Nickname",
            "File As",
            "Organization Name",
            "Organization Title",
            "Organization Department",
            "Birthday",
            "Notes",
            "Photo",
            "Labels");
    private static final List<String> ADDRESS_PARTS = List.of(
            "Label", "Formatted", "Street", "City", "PO Box", "Region", "Postal Code", "Country", "Extended Address");

    /** How many numbered groups each kind needs, found in a first pass over the people. */
    static final class Columns {
        int emails;
        int phones;
        int addresses;
        int websites;

        void fit(Person person) {
            emails = Math.max(
                    emails,
                    byLabel(person.emails(), ContactValue::label, ContactValue::value)
                            .size());
            phones = Math.max(
                    phones,
                    byLabel(person.phones(), ContactValue::label, ContactValue::value)
                            .size());
            addresses = Math.max(addresses, person.addresses().size());
            websites = Math.max(
                    websites, byLabel(person.links(), Link::label, Link::url).size());
        }

        List<String> header() {
            List<String> header = new ArrayList<>(FIXED);
            pairs(header, "E-mail", emails);
            pairs(header, "Phone", phones);
            for (int i = 1; i <= addresses; i++) {
                for (String part : ADDRESS_PARTS) {
                    header.add("Address " + i + " - " + part);
                }
            }
            pairs(header, "Website", websites);
            return header;
        }

        private static void pairs(List<String> header, String kind, int count) {
            for (int i = 1; i <= count; i++) {
                header.add(kind + " " + i + " - Label");
                header.add(kind + " " + i + " - Value");
            }
        }
    }

    private final Columns columns;
    private final CSVPrinter printer;

    GoogleCsv(OutputStream out, Columns columns) {
        this.columns = columns;
        try {
            this.printer = new CSVPrinter(
                    new OutputStreamWriter(out, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(columns.header().toArray(String[]::new))
                            .get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Person person) {
        List<String> row = new ArrayList<>();
        boolean named = person.givenName() != null || person.familyName() != null;
        row.add(named ? text(person.givenName()) : person.displayName());
        row.add("");
        row.add(text(person.familyName()));
        // Phonetic names, prefix, suffix, nickname and File As: Rapport keeps none of them.
        row.addAll(java.util.Collections.nCopies(7, ""));
        Role role = mainRole(person);
        row.add(role == null ? "" : role.organizationName());
        row.add(role == null ? "" : text(role.title()));
        row.add("");
        row.add(text(person.birthday()));
        row.add(text(person.notes()));
        row.add("");
        row.add(Stream.concat(person.tags().stream(), Stream.of("* myContacts"))
                .collect(Collectors.joining(SEPARATOR)));
        cells(row, byLabel(person.emails(), ContactValue::label, ContactValue::value), columns.emails);
        cells(row, byLabel(person.phones(), ContactValue::label, ContactValue::value), columns.phones);
        for (int i = 0; i < columns.addresses; i++) {
            Address a = i < person.addresses().size() ? person.addresses().get(i) : null;
            row.addAll(a == null ? java.util.Collections.nCopies(ADDRESS_PARTS.size(), "") : address(a));
        }
        cells(row, byLabel(person.links(), Link::label, Link::url), columns.websites);
        try {
            printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> address(Address a) {
        String locality = Stream.of(a.city(), a.region(), a.postalCode())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        String formatted = Stream.of(a.street(), locality, a.country())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        return List.of(
                label(a.label()),
                formatted,
                text(a.street()),
                text(a.city()),
                "",
                text(a.region()),
                text(a.postalCode()),
                text(a.country()),
                "");
    }

    private static void cells(List<String> row, Map<String, List<String>> values, int count) {
        var entries = new ArrayList<>(values.entrySet());
        for (int i = 0; i < count; i++) {
            if (i < entries.size()) {
                row.add(entries.get(i).getKey());
                row.add(String.join(SEPARATOR, entries.get(i).getValue()));
            } else {
                row.add("");
                row.add("");
            }
        }
    }

    /** Values grouped under their Google label, in the order first seen. */
    static <T> Map<String, List<String>> byLabel(
            List<T> values, Function<T, @Nullable String> label, Function<T, String> value) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (T v : values) {
            grouped.computeIfAbsent(label(label.apply(v)), k -> new ArrayList<>())
                    .add(value.apply(v));
        }
        return grouped;
    }

    /** Google's own words for the usual labels ("Work", "Mobile"); anything else as typed. */
    static String label(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return "Other";
        }
        String key = label.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "work", "home", "mobile", "other", "main", "pager" ->
                Character.toUpperCase(key.charAt(0)) + key.substring(1);
            case "cell" -> "Mobile";
            case "fax" -> "Work Fax";
            default -> label.trim();
        };
    }

    private static @Nullable Role mainRole(Person person) {
        return person.roles().stream()
                .filter(Role::isCurrent)
                .findFirst()
                .orElse(
                        person.roles().isEmpty()
                                ? null
                                : person.roles().get(person.roles().size() - 1));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
