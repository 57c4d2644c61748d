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
        if (isPlainAscii(text)) {
            // The common case, without Unicode normalisation or regular expressions (imports call this per row).
            StringBuilder b = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                    space = b.length() > 0;
                } else {
                    if (space) {
                        b.append(' ');
                        space = false;
                    }
                    b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                }
            }
            return b.toString();
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SPACES.matcher(folded).replaceAll(" ").trim();
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)) {
                return false;
            }
        }
        return true;
    }

    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Digits only, keeping a leading +: "+1 (555) 010-0" → "+15550100". */
    public static String phoneKey(String phone) {
        StringBuilder digits = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return phone.trim().startsWith("+") ? "+" + digits : digits.toString();
    }

    /** A profile URL without scheme, "www.", query, fragment or trailing slash, lower-cased. */
    public static String linkKey(String url) {
        // Plain string work, no regular expressions: imports compute this for every row.
        String key = url.trim().toLowerCase(Locale.ROOT);
        int scheme = key.indexOf("://");
        if (scheme > 0 && key.substring(0, scheme).chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            key = key.substring(scheme + 3);
        }
        if (key.startsWith("www.")) {
            key = key.substring(4);
        }
        int query = indexOfAny(key, '?', '#');
        if (query >= 0) {
            key = key.substring(0, query);
        }
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '/') {
            end--;
        }
        return key.substring(0, end);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }

    /** A LIKE pattern matching values that contain {@code text}, with LIKE's wildcards escaped ('\'). */
    public static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
