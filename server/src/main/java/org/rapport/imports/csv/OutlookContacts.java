package org.rapport.imports.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rapport.imports.ImportedPerson;
import org.rapport.imports.RecordSink;
import org.rapport.people.Address;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;

/**
 * Outlook CSV: the Outlook.com export ({@code First Name,Middle Name,Last Name,Title,…,E-mail Address,…})
 * and the desktop wizard's ({@code Title,First Name,…,Company,Department,Job Title,…}). Columns are
 * found by name, with the German and French names of the ones that matter, since Outlook localizes
 * its headers. "Title" is the name prefix (Mr., Dr.); the job is "Job Title".
 */
public final class OutlookContacts {
    private static final String[] GIVEN = {"First Name", "Vorname", "Prénom"};
    private static final String[] MIDDLE = {"Middle Name", "Weitere Vornamen", "Deuxième prénom"};
    private static final String[] FAMILY = {"Last Name", "Nachname", "Nom"};
    private static final String[] COMPANY = {"Company", "Firma", "Société"};
    private static final String[] JOB = {"Job Title", "Position", "Fonction"};
    private static final String[] BIRTHDAY = {"Birthday", "Geburtstag", "Anniversaire"};
    private static final String[] NOTES = {"Notes", "Notizen"};
    private static final String[][] EMAILS = {
        {"E-mail Address", "E-Mail-Adresse", "Adresse de messagerie"},
        {"E-mail 2 Address", "E-Mail 2: Adresse", "Adresse de messagerie 2"},
        {"E-mail 3 Address", "E-Mail 3: Adresse", "Adresse de messagerie 3"}
    };
    private static final String[][] PHONES = {
        {"mobile", "Mobile Phone", "Mobiltelefon", "Tél. mobile"},
        {"work", "Business Phone", "Telefon geschäftlich", "Téléphone bureau"},
        {"work", "Business Phone 2", "Telefon geschäftlich 2"},
        {"home", "Home Phone", "Telefon privat", "Téléphone domicile"},
        {"home", "Home Phone 2", "Telefon privat 2"},
        {"other", "Other Phone", "Weiteres Telefon"},
        {"main", "Primary Phone"},
        {"main", "Company Main Phone"},
        {"car", "Car Phone"},
        {"pager", "Pager"},
        {"work fax", "Business Fax"},
        {"home fax", "Home Fax"}
    };

    private OutlookContacts() {}

    public static boolean isHeader(Map<String, Integer> columns) {
        boolean names = has(columns, GIVEN) && has(columns, FAMILY);
        boolean outlookish = has(columns, EMAILS[0])
                || columns.containsKey("business phone")
                || columns.containsKey("mobile phone")
                || has(columns, JOB);
        return names && outlookish && !columns.containsKey("connected on") && !columns.containsKey("labels");
    }

    private static boolean has(Map<String, Integer> columns, String[] names) {
        for (String n : names) {
            if (columns.containsKey(CsvTable.normal(n))) {
                return true;
            }
        }
        return false;
    }

    public static void read(Reader reader, RecordSink sink) throws IOException {
        try (CsvTable table = CsvTable.open(reader, OutlookContacts::isHeader, "Outlook contacts")) {
            Row row;
            while ((row = table.nextRow()) != null) {
                if (row.isBlank()) {
                    sink.skipped(row.line(), "empty row");
                    continue;
                }
                ImportedPerson person = person(row);
                if (person == null) {
                    sink.skipped(row.line(), "no name, email or phone");
                } else {
                    sink.person(person);
                }
            }
        }
    }

    private static @Nullable ImportedPerson person(Row row) {
        String given = row.get(GIVEN), family = row.get(FAMILY);
        List<ContactValue> emails = new ArrayList<>();
        for (String[] names : EMAILS) {
            String v = row.get(names);
            if (v != null) {
                emails.add(new ContactValue(v, null));
            }
        }
        List<ContactValue> phones = new ArrayList<>();
        for (String[] p : PHONES) {
            String v = row.get(java.util.Arrays.copyOfRange(p, 1, p.length));
            if (v != null) {
                phones.add(new ContactValue(v, p[0]));
            }
        }
        String company = row.get(COMPANY);
        String name = Values.join(" ", row.get("Title"), given, row.get(MIDDLE), family, row.get("Suffix"));
        if (name == null) {
            name = row.get("Nickname", "E-mail Display Name");
        }
        if (name == null) {
            name = !emails.isEmpty()
                    ? emails.get(0).value()
                    : !phones.isEmpty() ? phones.get(0).value() : company;
        }
        if (name == null) {
            return null;
        }
        List<Link> links = new ArrayList<>();
        for (String[] w : new String[][] {{"Web Page", "Webseite"}, {"Personal Web Page"}}) {
            String v = row.get(w);
            if (v != null) {
                links.add(new Link(v.contains("://") ? v : "https://" + v, null));
            }
        }
        List<Address> addresses = new ArrayList<>();
        for (String kind : new String[] {"Business", "Home", "Other"}) {
            String street = Values.join(
                    "\n", row.get(kind + " Street"), row.get(kind + " Street 2"), row.get(kind + " Street 3"));
            String city = row.get(kind + " City");
            if (street != null || city != null) {
                addresses.add(new Address(
                        kind.equals("Business") ? "work" : kind.toLowerCase(java.util.Locale.ROOT),
                        street,
                        city,
                        row.get(kind + " State"),
                        row.get(kind + " Postal Code"),
                        row.get(kind + " Country/Region", kind + " Country")));
            }
        }
        List<String> tags = new ArrayList<>();
        for (String c : Values.split(row.get("Categories"), ";")) {
            if (!c.equalsIgnoreCase("myContacts") && !c.equalsIgnoreCase("starred")) {
                tags.add(c);
            }
        }
        List<String> dropped = new ArrayList<>();
        String birthdayText = row.get(BIRTHDAY);
        String birthday = Values.birthday(birthdayText);
        if (birthdayText != null && birthday == null && !birthdayText.startsWith("0/0/")) {
            dropped.add("Birthday '" + birthdayText + "' is not a date like 4/15/1990 or 1990-04-15");
        }
        String key = ImportedPerson.keyByEmailOrName(
                emails.isEmpty() ? null : emails.get(0).value(), name, company);
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
                company,
                row.get(JOB),
                birthday,
                tags,
                row.get(NOTES),
                null,
                List.of(),
                dropped);
    }
}
