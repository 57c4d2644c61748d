package org.rapport.imports.csv;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rapport.db.Keys;
import org.rapport.imports.ImportedPerson;
import org.rapport.imports.RecordSink;
import org.rapport.people.ContactValue;
import org.rapport.people.Kind;
import org.rapport.people.Link;

/**
 * LinkedIn's Connections.csv: {@code First Name,Last Name,URL,Email Address,Company,Position,Connected On}
 * (older exports lack URL), after a "Notes:" preamble of about three lines. Connections are
 * professional ties; the date connected becomes how you met.
 */
public final class LinkedInConnections {
    private LinkedInConnections() {}

    public static boolean isHeader(Map<String, Integer> columns) {
        return columns.containsKey("first name")
                && columns.containsKey("last name")
                && (columns.containsKey("connected on") || columns.containsKey("company"))
                && !columns.containsKey("middle name");
    }

    public static void read(Reader reader, RecordSink sink) throws IOException {
        try (CsvTable table = CsvTable.open(reader, LinkedInConnections::isHeader, "LinkedIn connections")) {
            Map<String, Integer> c = table.columns();
            Integer first = c.get("first name"), last = c.get("last name"), url = c.get("url");
            Integer email = c.get("email address"), company = c.get("company"), position = c.get("position");
            Integer connected = c.get("connected on");
            Row row;
            while ((row = table.nextRow()) != null) {
                if (row.isBlank()) {
                    sink.skipped(row.line(), "empty row");
                    continue;
                }
                String given = row.at(first), family = row.at(last);
                if (given == null && family == null) {
                    sink.skipped(row.line(), "no name");
                    continue;
                }
                String profile = row.at(url), mail = row.at(email), org = row.at(company);
                List<String> dropped = new ArrayList<>(0);
                String howWeMet = null;
                String connectedOn = row.at(connected);
                if (connectedOn != null) {
                    LocalDate date = Values.linkedInDate(connectedOn);
                    if (date == null) {
                        dropped.add("Connected On '" + connectedOn + "' is not a date like 15 Mar 2024");
                    } else {
                        howWeMet = "Connected on LinkedIn on " + date;
                    }
                }
                String name = Values.join(" ", given, family);
                String key = profile != null
                        ? "url:" + Keys.linkKey(profile)
                        : ImportedPerson.keyByEmailOrName(mail, name, org);
                sink.person(new ImportedPerson(
                        row.line(),
                        key,
                        name,
                        given,
                        family,
                        mail == null ? List.of() : List.of(new ContactValue(mail, null)),
                        List.of(),
                        profile == null ? List.of() : List.of(new Link(profile, "linkedin")),
                        List.of(),
                        org,
                        row.at(position),
                        null,
                        List.of(),
                        null,
                        howWeMet,
                        List.of(Kind.PROFESSIONAL),
                        dropped));
            }
        }
    }
}
