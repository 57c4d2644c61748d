package org.rapport.events;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rapport.api.FieldError;

/** One person met at an event: "name, organization, what we talked about" (the last two optional). */
public record MetLine(
        String name,
        @Nullable String organization,
        @Nullable String talkedAbout) {

    /** Parsed lines and the problems found, each naming its line (counting from 1). */
    public record Parsed(List<MetLine> lines, List<FieldError> problems) {}

    /** Splits on the first two commas, so what was talked about may contain commas. Blank lines are skipped. */
    public static Parsed parse(String text) {
        List<MetLine> lines = new ArrayList<>();
        List<FieldError> problems = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(",", 3);
            String name = parts[0].strip();
            String org = parts.length > 1 ? blankToNull(parts[1]) : null;
            String topic = parts.length > 2 ? blankToNull(parts[2]) : null;
            if (name.isEmpty()) {
                problems.add(new FieldError(
                        "lines[" + (i + 1) + "]", "line " + (i + 1) + " needs a name before the first comma"));
            } else if (name.length() > 200
                    || (org != null && org.length() > 200)
                    || (topic != null && topic.length() > 2000)) {
                problems.add(new FieldError("lines[" + (i + 1) + "]", "line " + (i + 1) + " is too long"));
            } else {
                lines.add(new MetLine(name, org, topic));
            }
        }
        return new Parsed(lines, problems);
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
