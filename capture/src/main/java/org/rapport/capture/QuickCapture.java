package org.rapport.capture;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one quick-capture line: {@code Coffee with @Ana Ruiz and @Bob #job_search gave: the
 * article on lakehouses; got: intro to @Carla at Acme}. See docs/quick-capture.md for the syntax.
 * Pure text work: it never looks people up, so an unknown name is just a name.
 */
public final class QuickCapture {
    /** A capitalised word: Ana, Núñez-Díaz, O'Brien; a possessive 's is left out (@Ana's idea). */
    private static final String NAME_WORD =
            "\\p{Lu}[\\p{L}\\p{M}]*(?:(?:-|['’](?!s(?![\\p{L}\\p{M}])))\\p{L}[\\p{L}\\p{M}]*)*";

    /** @ after a space or punctuation (so e-mail addresses are not mentions), then a quoted name or one or two words. */
    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\p{L}\\p{N}_.@])@(?:[\"“”]([^\"“”]+)[\"“”]|(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + ")?))");

    /** # after a space or punctuation (so C# and URL anchors are not tags). */
    private static final Pattern HASHTAG =
            Pattern.compile("(?<![\\p{L}\\p{N}_&/#])#([\\p{L}\\p{N}_-]*[\\p{L}\\p{N}_])");

    private static final Pattern CLAUSE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])(gave|got|when):");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\s*$");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,;:.!?)])");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:.\\-–—]+|[\\s,;:.\\-–—]+$");

    private QuickCapture() {}

    /**
     * Parses a line; {@code today} anchors a relative {@code when:} clause.
     *
     * @throws IllegalArgumentException when a {@code when:} clause is not a date (the message says
     *     which forms are accepted)
     */
    public static Capture parse(String line, LocalDate today) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC).replaceAll("\\s+", " ");
        Kind kind = null;
        Map<String, String> tags = new LinkedHashMap<>();
        StringBuilder withoutTags = new StringBuilder();
        Matcher tag = HASHTAG.matcher(text);
        while (tag.find()) {
            Kind named = kind == null ? Kind.fromTag(tag.group(1)).orElse(null) : null;
            if (named != null) {
                kind = named;
            } else {
                tags.putIfAbsent(key(tag.group(1)), tag.group(1));
            }
            tag.appendReplacement(withoutTags, "");
        }
        tag.appendTail(withoutTags);
        return clauses(withoutTags.toString(), kind, List.copyOf(tags.values()), today);
    }

    private static Capture clauses(String text, Kind kind, List<String> tags, LocalDate today) {
        Map<String, String> mentions = new LinkedHashMap<>();
        List<CapturedExchange> gave = new ArrayList<>();
        List<CapturedExchange> got = new ArrayList<>();
        When when = null;
        Matcher clause = CLAUSE.matcher(text);
        String title = null;
        String keyword = null;
        int start = 0;
        while (true) {
            boolean more = clause.find();
            String segment = text.substring(start, more ? clause.start() : text.length());
            if (keyword == null) {
                title = tidy(names(segment, mentions, new ArrayList<>()));
            } else if (keyword.equals("when")) {
                when = When.parse(segment, today);
            } else {
                List<Named> named = new ArrayList<>();
                String description = tidy(names(segment, mentions, named));
                if (!description.isEmpty()) {
                    var exchange = new CapturedExchange(
                            ExchangeType.infer(description), description, counterpart(keyword, named));
                    (keyword.equals("gave") ? gave : got).add(exchange);
                }
            }
            if (!more) {
                break;
            }
            keyword = clause.group(1).toLowerCase(Locale.ROOT);
            start = clause.end();
        }
        return new Capture(title, List.copyOf(mentions.values()), kind, tags, gave, got, when);
    }

    /** A name mentioned in a clause and the word written just before it. */
    private record Named(String name, String before) {}

    /**
     * Who a clause's thing went to ({@code gave:}) or came from ({@code got:}): the person after
     * "to"/"for" or "from"/"by", else the first one named, except that in {@code got: intro to
     * @Carla} Carla is who you were introduced to, not who introduced you.
     */
    private static String counterpart(String keyword, List<Named> named) {
        boolean got = keyword.equals("got");
        for (Named n : named) {
            if (got
                    ? n.before().equals("from") || n.before().equals("by")
                    : n.before().equals("to") || n.before().equals("for")) {
                return n.name();
            }
        }
        for (Named n : named) {
            if (!(got && n.before().equals("to"))) {
                return n.name();
            }
        }
        return null;
    }

    /** The segment with each mention replaced by the bare name; collects the names in order. */
    private static String names(String segment, Map<String, String> all, List<Named> here) {
        StringBuilder out = new StringBuilder();
        Matcher m = MENTION.matcher(segment);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(2)).strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            all.putIfAbsent(key(name), name);
            here.add(new Named(all.get(key(name)), wordBefore(segment, m.start())));
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String wordBefore(String text, int end) {
        Matcher m = WORD_BEFORE.matcher(text.substring(0, end));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** One space between words, none before punctuation, no separators left dangling at the ends. */
    static String tidy(String text) {
        String t = text.replaceAll("\\s+", " ");
        t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
        return EDGES.matcher(t).replaceAll("");
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
