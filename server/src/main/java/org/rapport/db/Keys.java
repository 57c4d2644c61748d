package org.rapport.db;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised forms stored beside what the user typed, so matching and sorting behave the same on
 * SQLite and PostgreSQL without relying on either's collations: lower case, accents removed.
 */
public final class Keys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Keys() {}

    /** "José  Núñez" → "jose nunez"; used for sorting, case- and accent-insensitive matching. */
    public static String nameKey(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }

    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits only, keeping a leading +: "+1 (555) 010-0" → "+15550100". */
    public static String phoneKey(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return phone.trim().startsWith("+") ? "+" + digits : digits;
    }

    /** A profile URL without scheme, "www.", query, fragment or trailing slash, lower-cased. */
    public static String linkKey(String url) {
        String key = url.trim()
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^[a-z]+://", "")
                .replaceFirst("^www\\.", "");
        key = key.replaceFirst("[?#].*$", "");
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    /** A LIKE pattern matching values that contain {@code text}, with LIKE's wildcards escaped ('\'). */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
