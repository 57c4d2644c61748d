package org.rapport.cli.people;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapport.cli.api.Json;

/**
 * Which people a written name means, among those a search found. The server's search matches
 * parts of names (q=Ana finds Susana too), so the CLI decides: the people whose name is exactly the
 * one written, else those whose name starts with it as whole words ({@code @Ana} means Ana Ruiz
 * when she is the only Ana). Case and accents are ignored, as the server's search ignores them.
 */
public final class PersonMatch {
    private PersonMatch() {}

    /** The candidates for {@code name}: one means that person, none a new one, several a question. */
    public static List<Map<String, Object>> candidates(String name, List<Map<String, Object>> found) {
        String wanted = key(name);
        List<Map<String, Object>> exact = found.stream()
                .filter(p -> key(Json.text(p, "displayName")).equals(wanted))
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return found.stream()
                .filter(p -> key(Json.text(p, "displayName")).startsWith(wanted + " "))
                .toList();
    }

    /** A name as compared: lower case, accents and extra spaces gone. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
