package org.rapport.people;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rapport.api.ValidationException;
import org.rapport.db.Keys;

/**
 * The rules a person must satisfy, naming each field the way the API spells it. Returns a cleaned
 * draft: trimmed text, tags de-duplicated, links given a scheme.
 */
final class PersonValidator {
    static final int MAX_NAME = 300;
    static final int MAX_NOTES = 100_000;
    static final int MAX_CADENCE_DAYS = 3650;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");
    private static final Pattern BIRTHDAY_FULL = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern BIRTHDAY_NO_YEAR = Pattern.compile("^--\\d{2}-\\d{2}$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private PersonValidator() {}

    static PersonDraft clean(PersonDraft d, ValidationException.Collector problems) {
        String displayName = trimToNull(d.displayName());
        String given = trimToNull(d.givenName());
        String family = trimToNull(d.familyName());
        if (displayName == null) {
            displayName = trimToNull(String.join(" ", given == null ? "" : given, family == null ? "" : family));
        }
        if (displayName == null) {
            problems.add("displayName", "is required (or givenName and familyName)");
        } else if (displayName.length() > MAX_NAME) {
            problems.add("displayName", "must be at most " + MAX_NAME + " characters");
        }
        maxLength("givenName", given, MAX_NAME, problems);
        maxLength("familyName", family, MAX_NAME, problems);
        List<ContactValue> emails = new ArrayList<>();
        for (int i = 0; i < d.emails().size(); i++) {
            ContactValue e = d.emails().get(i);
            String value = trimToNull(e.value());
            if (value == null || !EMAIL.matcher(value).matches() || value.length() > 320) {
                problems.add("emails[" + i + "].value", "must be an email address like ana@example.com");
            } else {
                emails.add(new ContactValue(value, label("emails[" + i + "].label", e.label(), problems)));
            }
        }
        List<ContactValue> phones = new ArrayList<>();
        for (int i = 0; i < d.phones().size(); i++) {
            ContactValue p = d.phones().get(i);
            String value = trimToNull(p.value());
            if (value == null || !value.matches(".*\\d.*") || value.length() > 50) {
                problems.add("phones[" + i + "].value", "must be a phone number with digits, at most 50 characters");
            } else {
                phones.add(new ContactValue(value, label("phones[" + i + "].label", p.label(), problems)));
            }
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < d.links().size(); i++) {
            Link l = d.links().get(i);
            String url = webUrl(l.url());
            if (url == null) {
                problems.add("links[" + i + "].url", "must be an http or https address");
            } else {
                links.add(new Link(url, label("links[" + i + "].label", l.label(), problems)));
            }
        }
        for (int i = 0; i < d.addresses().size(); i++) {
            Address a = d.addresses().get(i);
            for (String part :
                    new String[] {a.street(), a.city(), a.region(), a.postalCode(), a.country(), a.label()}) {
                if (part != null && part.length() > 500) {
                    problems.add("addresses[" + i + "]", "parts must be at most 500 characters");
                    break;
                }
            }
        }
        checkBirthday(d.birthday(), problems);
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < d.tags().size(); i++) {
            String tag = trimToNull(d.tags().get(i));
            if (tag == null || tag.length() > 50) {
                problems.add("tags[" + i + "]", "must be 1 to 50 characters");
            } else {
                tags.putIfAbsent(Keys.nameKey(tag), tag);
            }
        }
        maxLength("notes", d.notes(), MAX_NOTES, problems);
        maxLength("howWeMet.story", d.howWeMet(), 10_000, problems);
        Integer cadence = d.relationship().cadenceDays();
        if (cadence != null && (cadence < 1 || cadence > MAX_CADENCE_DAYS)) {
            problems.add("relationship.cadenceDays", "must be between 1 and " + MAX_CADENCE_DAYS);
        }
        return new PersonDraft(
                displayName,
                given,
                family,
                emails,
                phones,
                links,
                d.addresses(),
                d.roles(),
                trimToNull(d.birthday()),
                List.copyOf(tags.values()),
                d.notes(),
                trimToNull(d.howWeMet()),
                d.introducedById(),
                d.relationship());
    }

    private static void checkBirthday(@Nullable String birthday, ValidationException.Collector problems) {
        if (birthday == null || birthday.isBlank()) {
            return;
        }
        String b = birthday.trim();
        try {
            if (BIRTHDAY_FULL.matcher(b).matches()) {
                LocalDate.parse(b);
                return;
            }
            if (BIRTHDAY_NO_YEAR.matcher(b).matches()) {
                MonthDay.parse(b);
                return;
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        problems.add("birthday", "must be a date like 1990-04-15, or --04-15 without the year");
    }

    /** An http(s) URL; a bare "linkedin.com/in/ana" gets https://; other schemes (javascript:) are refused. */
    static @Nullable String webUrl(@Nullable String url) {
        String u = trimToNull(url);
        if (u == null || u.length() > 2000 || u.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        if (!SCHEME.matcher(u).find()) {
            u = "https://" + u;
        }
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && u.length() > "https://".length()
                ? u
                : null;
    }

    private static @Nullable String label(
            String field, @Nullable String label, ValidationException.Collector problems) {
        String l = trimToNull(label);
        if (l != null && l.length() > 50) {
            problems.add(field, "must be at most 50 characters");
        }
        return l;
    }

    private static void maxLength(
            String field, @Nullable String value, int max, ValidationException.Collector problems) {
        if (value != null && value.length() > max) {
            problems.add(field, "must be at most " + max + " characters");
        }
    }

    static @Nullable String trimToNull(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
