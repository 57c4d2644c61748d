package org.rapport.imports.vcard;

import ezvcard.VCard;
import ezvcard.io.ParseWarning;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.VCardParameter;
import ezvcard.property.Address;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rapport.imports.ImportFailure;
import org.rapport.imports.ImportedPerson;
import org.rapport.imports.RecordSink;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;

/**
 * vCard 2.1, 3.0 and 4.0 through ez-vcard, one card at a time. Maps what ez-vcard leaves to us:
 * Apple's {@code itemN.X-ABLabel} labels, birthdays without a year (vCard 4's {@code --0415}, and
 * Apple's year 1604 with or without {@code X-APPLE-OMIT-YEAR}). Photos are not kept (the schema has
 * no place for them) and are reported as dropped.
 */
public final class VCardPeople {
    private static final Set<String> SYSTEM_GROUPS = Set.of("my contacts", "mycontacts", "starred");
    private static final Set<String> NOISE_TYPES = Set.of("internet", "pref", "x400", "voice", "msg");

    private VCardPeople() {}

    public static void read(Reader text, RecordSink sink) throws IOException {
        LineCounter counter = new LineCounter(text);
        try (VCardReader reader = new VCardReader(counter)) {
            int start = 1;
            VCard card;
            while ((card = reader.readNext()) != null) {
                int end = counter.line;
                for (ParseWarning w : reader.getWarnings()) {
                    if (w.getMessage() != null && w.getMessage().contains("END")) {
                        throw new ImportFailure(
                                w.getLineNumber() == null ? end : w.getLineNumber(),
                                "the vCard starting near line " + start
                                        + " never ends (no END:VCARD): the file is truncated");
                    }
                }
                person(card, start, sink);
                start = end + 1;
            }
            if (counter.sawBegin && !counter.sawEnd) {
                throw new ImportFailure(
                        start, "a vCard opened with BEGIN:VCARD never ends (no END:VCARD): the file is truncated");
            }
            if (counter.unmatchedBegin > 0) {
                throw new ImportFailure(
                        counter.lastBegin,
                        "a vCard opened on this line never ends (no END:VCARD): the file is truncated");
            }
        }
    }

    private static void person(VCard card, int line, RecordSink sink) {
        Map<String, String> groupLabels = new HashMap<>();
        for (RawProperty raw : card.getExtendedProperties()) {
            if (raw.getPropertyName().equalsIgnoreCase("X-ABLabel") && raw.getGroup() != null) {
                groupLabels.put(raw.getGroup().toLowerCase(Locale.ROOT), appleLabel(raw.getValue()));
            }
        }
        List<ContactValue> emails = new ArrayList<>();
        for (Email e : card.getEmails()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                emails.add(new ContactValue(e.getValue().trim(), label(e, groupLabels, e.getTypes())));
            }
        }
        List<ContactValue> phones = new ArrayList<>();
        for (Telephone t : card.getTelephoneNumbers()) {
            String v = t.getText() != null
                    ? t.getText()
                    : t.getUri() != null ? t.getUri().getNumber() : null;
            if (v != null && !v.isBlank()) {
                phones.add(new ContactValue(v.trim(), label(t, groupLabels, t.getTypes())));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Url u : card.getUrls()) {
            if (u.getValue() != null && !u.getValue().isBlank()) {
                links.add(new Link(u.getValue().trim().replace("\\:", ":"), label(u, groupLabels, List.of())));
            }
        }
        for (RawProperty raw : card.getExtendedProperties("X-SOCIALPROFILE")) {
            if (raw.getValue() != null && raw.getValue().startsWith("http")) {
                links.add(new Link(raw.getValue().replace("\\:", ":"), raw.getParameter("TYPE")));
            }
        }
        List<org.rapport.people.Address> addresses = new ArrayList<>();
        for (Address a : card.getAddresses()) {
            String street = join("\n", a.getStreetAddress(), a.getExtendedAddress(), a.getPoBox());
            if (street == null
                    && a.getLocality() == null
                    && a.getRegion() == null
                    && a.getPostalCode() == null
                    && a.getCountry() == null) {
                continue; // Google writes empty item1.ADR:;;;;;;
            }
            addresses.add(new org.rapport.people.Address(
                    label(a, groupLabels, a.getTypes()),
                    street,
                    blank(a.getLocality()),
                    blank(a.getRegion()),
                    blank(a.getPostalCode()),
                    blank(a.getCountry())));
        }
        String given = null, family = null;
        if (card.getStructuredName() != null) {
            given = blank(card.getStructuredName().getGiven());
            family = blank(card.getStructuredName().getFamily());
        }
        String display = card.getFormattedName() == null
                ? null
                : blank(card.getFormattedName().getValue());
        if (display == null && card.getStructuredName() != null) {
            var n = card.getStructuredName();
            display = join(
                    " ",
                    String.join(" ", n.getPrefixes()),
                    given,
                    String.join(" ", n.getAdditionalNames()),
                    family,
                    String.join(" ", n.getSuffixes()));
        }
        String organization = null;
        if (card.getOrganization() != null
                && !card.getOrganization().getValues().isEmpty()) {
            organization = blank(card.getOrganization().getValues().get(0));
        }
        if (display == null) {
            display = organization != null
                    ? organization
                    : !emails.isEmpty() ? emails.get(0).value() : null;
        }
        if (display == null && phones.isEmpty()) {
            sink.skipped(line, "a vCard with no name, email or phone");
            return;
        }
        if (display == null) {
            display = phones.get(0).value();
        }
        List<String> dropped = new ArrayList<>();
        if (!card.getPhotos().isEmpty()) {
            dropped.add("photo (Rapport keeps no photos)");
        }
        String birthday = birthday(card.getBirthday(), dropped);
        List<String> tags = new ArrayList<>();
        card.getCategoriesList()
                .forEach(c -> c.getValues().forEach(v -> {
                    if (!v.isBlank() && !SYSTEM_GROUPS.contains(v.trim().toLowerCase(Locale.ROOT))) {
                        tags.add(v.trim());
                    }
                }));
        List<String> notes = new ArrayList<>();
        card.getNotes().forEach(n -> {
            if (n.getValue() != null && !n.getValue().isBlank()) {
                notes.add(n.getValue().trim());
            }
        });
        String uid = card.getUid() != null ? card.getUid().getValue() : null;
        if (uid == null && card.getExtendedProperty("X-ABUID") != null) {
            uid = card.getExtendedProperty("X-ABUID").getValue();
        }
        String key = uid != null && !uid.isBlank()
                ? "uid:" + uid.trim()
                : ImportedPerson.keyByEmailOrName(
                        emails.isEmpty() ? null : emails.get(0).value(), display, organization);
        sink.person(new ImportedPerson(
                line,
                key,
                display,
                given,
                family,
                emails,
                phones,
                links,
                addresses,
                organization,
                card.getTitles().isEmpty()
                        ? null
                        : blank(card.getTitles().get(0).getValue()),
                birthday,
                tags,
                notes.isEmpty() ? null : String.join("\n\n", notes),
                null,
                List.of(),
                dropped));
    }

    /** "--04-15" for a birthday without a year: vCard 4's partial dates and Apple's year 1604. */
    static @Nullable String birthday(@Nullable DateOrTimeProperty bday, List<String> dropped) {
        if (bday == null) {
            return null;
        }
        boolean omitYear = bday.getParameter("X-APPLE-OMIT-YEAR") != null;
        Temporal t = bday.getDate();
        LocalDate date = null;
        if (t instanceof LocalDate d) {
            date = d;
        } else if (t instanceof LocalDateTime dt) {
            date = dt.toLocalDate();
        } else if (t instanceof OffsetDateTime odt) {
            date = odt.toLocalDate();
        } else if (t instanceof java.time.Instant i) {
            date = i.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
        }
        if (date != null) {
            if (omitYear || date.getYear() == 1604) {
                return String.format(Locale.ROOT, "--%02d-%02d", date.getMonthValue(), date.getDayOfMonth());
            }
            return date.toString();
        }
        PartialDate partial = bday.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            if (partial.getYear() != null && partial.getYear() != 1604 && !omitYear) {
                return String.format(
                        Locale.ROOT, "%04d-%02d-%02d", partial.getYear(), partial.getMonth(), partial.getDate());
            }
            return String.format(Locale.ROOT, "--%02d-%02d", partial.getMonth(), partial.getDate());
        }
        dropped.add("birthday '" + (bday.getText() == null ? "?" : bday.getText()) + "' (not a date)");
        return null;
    }

    /** Apple's label of the property's group if it has one, else its TYPE (work, home, cell → mobile). */
    private static @Nullable String label(
            VCardProperty p, Map<String, String> groupLabels, List<? extends VCardParameter> types) {
        if (p.getGroup() != null) {
            String l = groupLabels.get(p.getGroup().toLowerCase(Locale.ROOT));
            if (l != null) {
                return l;
            }
        }
        for (VCardParameter t : types) {
            String v = t.getValue().toLowerCase(Locale.ROOT);
            if (!NOISE_TYPES.contains(v)) {
                return v.equals("cell") ? "mobile" : v;
            }
        }
        return null;
    }

    /** "_$!<HomePage>!$_" → "homepage"; a custom label as typed. */
    static @Nullable String appleLabel(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.startsWith("_$!<") && v.endsWith(">!$_")) {
            v = v.substring(4, v.length() - 4).toLowerCase(Locale.ROOT);
        }
        return v.length() > 50 ? v.substring(0, 50) : v;
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static @Nullable String join(String sep, @Nullable String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(sep);
                }
                b.append(p.trim());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /**
     * Counts lines as ez-vcard reads them, and notices BEGIN:VCARD / END:VCARD at the start of a line,
     * so a truncated file (a card that never ends) is reported with its line.
     */
    static final class LineCounter extends FilterReader {
        int line = 1;
        boolean sawBegin;
        boolean sawEnd;
        int unmatchedBegin;
        int lastBegin;
        private final StringBuilder current = new StringBuilder();

        LineCounter(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            for (int i = off; i < off + n; i++) {
                see(buf[i]);
            }
            if (n < 0) {
                see('\n'); // the last line may lack its line break
                line--;
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            } else {
                see('\n');
                line--;
            }
            return c;
        }

        private void see(char c) {
            if (c == '\n') {
                String l = current.toString().trim().toUpperCase(Locale.ROOT);
                if (l.equals("BEGIN:VCARD")) {
                    sawBegin = true;
                    unmatchedBegin++;
                    lastBegin = line;
                } else if (l.equals("END:VCARD")) {
                    sawEnd = true;
                    unmatchedBegin = Math.max(0, unmatchedBegin - 1);
                }
                current.setLength(0);
                line++;
            } else if (current.length() < 16) {
                current.append(c);
            }
        }
    }
}
