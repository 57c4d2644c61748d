package org.rapport.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks an advice request before it is sent: short, never about "a job", naming the connection
 * first, ending in a question, and more about them than about you. Pure logic, no Spring.
 */
public final class OutreachChecker {
    static final int MAX_WORDS = 100;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern JOB = Pattern.compile("\\bjobs?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ABOUT_ME = Pattern.compile(
            "\\b(i|me|my|mine|myself|i['’]m|i['’]ve|i['’]d|i['’]ll)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ABOUT_YOU = Pattern.compile(
            "\\b(you|your|yours|yourself|you['’]re|you['’]ve|you['’]d|you['’]ll)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern GREETING = Pattern.compile(
            "^(hi|hello|hey|dear|good (morning|afternoon|evening))\\b[\\s,]*", Pattern.CASE_INSENSITIVE);

    private OutreachChecker() {}

    public enum Flag {
        TOO_LONG,
        MENTIONS_JOB,
        CONNECTION_NOT_FIRST,
        NO_QUESTION_AT_END,
        MORE_ABOUT_YOU
    }

    public record Problem(Flag flag, String message) {}

    public record Result(int words, int aboutMe, int aboutThem, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param connectionName the person you both know, who should be named first (null: not checked)
     */
    public static Result check(String text, @Nullable String connectionName) {
        String body = text.strip();
        int words = count(WORD.matcher(body));
        int aboutMe = count(ABOUT_ME.matcher(body));
        int aboutThem = count(ABOUT_YOU.matcher(body));
        List<Problem> problems = new ArrayList<>();
        if (words > MAX_WORDS) {
            problems.add(new Problem(Flag.TOO_LONG, words + " words: keep it to " + MAX_WORDS + " or fewer"));
        }
        Matcher job = JOB.matcher(body);
        if (job.find()) {
            problems.add(new Problem(
                    Flag.MENTIONS_JOB, "says \"" + job.group() + "\": ask for advice or information, not a job"));
        }
        if (connectionName != null && !connectionName.isBlank() && !namesFirst(body, connectionName)) {
            problems.add(new Problem(
                    Flag.CONNECTION_NOT_FIRST, "name " + connectionName.strip() + " in the first sentence"));
        }
        if (!body.endsWith("?")) {
            problems.add(new Problem(Flag.NO_QUESTION_AT_END, "end with a question they can answer"));
        }
        if (aboutMe > aboutThem) {
            problems.add(new Problem(
                    Flag.MORE_ABOUT_YOU,
                    "more about you (" + aboutMe + "× I/me/my) than about them (" + aboutThem + "× you/your)"));
        }
        return new Result(words, aboutMe, aboutThem, problems);
    }

    /** The connection's name (or their first name) appears in the first sentence, after any greeting. */
    private static boolean namesFirst(String body, String connectionName) {
        String opening = GREETING.matcher(body).replaceFirst("");
        int end = firstSentenceEnd(opening);
        String first = opening.substring(0, end).toLowerCase(Locale.ROOT);
        String name = connectionName.strip().toLowerCase(Locale.ROOT);
        String given = name.split("\\s+")[0];
        return containsWord(first, name) || containsWord(first, given);
    }

    private static boolean containsWord(String text, String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")
                .matcher(text)
                .find();
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
