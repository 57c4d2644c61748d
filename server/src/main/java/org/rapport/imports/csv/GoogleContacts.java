package org.rapport.imports.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rapport.imports.ImportedPerson;
import org.rapport.people.Address;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;

/**
 * Google Contacts CSV, the current export ({@code First Name,…,Labels,E-mail 1 - Label,E-mail 1 - Value,…})
 * and the older one ({@code Name,Given Name,…,Group Membership,E-mail 1 - Type,E-mail 1 - Value,…}).
 * Numbered columns come in as many as the export needed; one cell may hold several values joined by
 * " ::: "; labels starting with "* " are Google's own (myContacts, starred), not the user's tags.
 */
public final class GoogleContacts {
    static final String MULTI = " ::: ";
    private static final Pattern EMAIL_VALUE = Pattern.compile("^e-mail \\d+ - value$");

    private GoogleContacts() {}

    public static boolean isHeader(Map<String, Integer> columns) {
        boolean numbered =
                columns.keySet().stream().anyMatch(k -> EMAIL_VALUE.matcher(k).matches());
        boolean current = columns.containsKey("first name") && columns.containsKey("labels");
        boolean legacy = columns.containsKey("given name") && columns.containsKey("group membership");
        return current || legacy || (numbered && (columns.containsKey("name") || columns.containsKey("first name")));
    }

    public static void read(Reader reader, org.rapport.imports.RecordSink sink) throws IOException {
        try (CsvTable table = CsvTable.open(reader, GoogleContacts::isHeader, "Google Contacts")) {
            int groups = groups(table.columns());
            Row row;
            while ((row = table.nextRow()) != null) {
                if (row.isBlank()) {
                    sink.skipped(row.line(), "empty row");
                    continue;
                }
                ImportedPerson person = person(row, groups);
                if (person == null) {
                    sink.skipped(row.line(), "no name, email or phone");
                } else {
                    sink.person(person);
                }
            }
        }
    }

    /** How many numbered groups (E-mail 1…, Phone 2…) the header has, at most. */
    private static int groups(Map<String, Integer> columns) {
        int max = 0;
        for (String k : columns.keySet()) {
            var m = Pattern.compile("^[a-z -]+ (\\d+) - ").matcher(k);
            if (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }

    private static @Nullable ImportedPerson person(Row row, int groups) {
        String given = row.get("First Name", "Given Name");
        String middle = row.get("Middle Name", "Additional Name");
        String family = row.get("Last Name", "Family Name");
        String display = row.get("Name");
        if (display == null) {
            display = Values.join(" ", row.get("Name Prefix"), given, middle, family, row.get("Name Suffix"));
        }
        if (display == null) {
            display = row.get("Nickname", "File As", "Organization Name", "Organization 1 - Name");
        }
        List<ContactValue> emails = values(row, groups, "E-mail");
        List<ContactValue> phones = values(row, groups, "Phone");
        if (display == null && emails.isEmpty() && phones.isEmpty()) {
            return null;
        }
        List<Link> links = new ArrayList<>();
        for (ContactValue v : values(row, groups, "Website")) {
            links.add(new Link(v.value(), v.label()));
        }
        List<Address> addresses = new ArrayList<>();
        for (int i = 1; i <= groups; i++) {
            String p = "Address " + i + " - ";
            String street = row.get(p + "Street");
            String city = row.get(p + "City");
            String formatted = row.get(p + "Formatted");
            if (street == null && city == null && formatted == null) {
                continue;
            }
            addresses.add(new Address(
                    Values.label(row.get(p + "Label", p + "Type")),
                    street != null
                            ? Values.join("\n", street, row.get(p + "Extended Address"), row.get(p + "PO Box"))
                            : formatted,
                    city,
                    row.get(p + "Region"),
                    row.get(p + "Postal Code"),
                    row.get(p + "Country")));
        }
        List<String> tags = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (String label : Values.split(row.get("Labels", "Group Membership"), MULTI)) {
            if (label.startsWith("*")) {
                continue; // Google's system groups (* myContacts, * starred) are flags, not the user's tags
            }
            tags.add(label);
        }
        if (row.get("Photo") != null) {
            dropped.add("photo (Rapport keeps no photos)");
        }
        String organization = row.get("Organization Name", "Organization 1 - Name");
        String title = row.get("Organization Title", "Organization 1 - Title");
        String name = display != null
                ? display
                : emails.isEmpty() ? phones.get(0).value() : emails.get(0).value();
        String key = ImportedPerson.keyByEmailOrName(
                emails.isEmpty() ? null : emails.get(0).value(), name, organization);
        return new ImportedPerson(
                row.line(),
                key,
                name,
                given,
                family,
                emails,
                phones,
                links,
                addresses,
                organization,
                title,
                Values.birthday(row.get("Birthday")),
                tags,
                row.get("Notes"),
                null,
                List.of(),
                dropped);
    }

    /** "E-mail 1 - Label/Type" + "E-mail 1 - Value", each value cell split on " ::: ". */
    private static List<ContactValue> values(Row row, int groups, String what) {
        List<ContactValue> values = new ArrayList<>();
        for (int i = 1; i <= groups; i++) {
            String p = what + " " + i + " - ";
            String label = Values.label(row.get(p + "Label", p + "Type"));
            for (String v : Values.split(row.get(p + "Value"), MULTI)) {
                values.add(new ContactValue(v, label));
            }
        }
        return values;
    }
}
