package org.rapport.bench;

import java.util.List;
import java.util.Random;

/** Words for what people talk about and exchange, so search and "who knows about X" have real text. */
final class NetworkVocabulary {
    static final List<String> TOPICS = List.of(
            "Iceberg tables",
            "lakehouse architecture",
            "Kubernetes",
            "PostgreSQL tuning",
            "data engineering",
            "machine learning",
            "pricing strategy",
            "hiring engineers",
            "fundraising",
            "product management",
            "sales pipelines",
            "design systems",
            "remote work",
            "UX research",
            "supply chain",
            "cybersecurity",
            "cloud costs",
            "open source",
            "negotiation",
            "public speaking",
            "career change",
            "board meetings",
            "content marketing",
            "customer success",
            "mobile apps",
            "compliance",
            "team leadership",
            "accessibility",
            "observability",
            "stream processing");
    static final List<String> CHANNELS = List.of("in_person", "call", "video", "email", "message", "event", "other");
    static final List<String> KINDS = List.of("personal", "professional", "business", "job_search");
    static final List<String> TIERS = List.of("inner_circle", "close", "regular", "acquaintance");
    static final int[] TIER_DAYS = {7, 30, 90, 365};
    static final List<String> TAGS =
            List.of("conference", "alumni", "climbing", "investor", "mentor", "former team", "neighbour", "book club");
    static final List<String> EXCHANGE_TYPES =
            List.of("information", "advice", "introduction", "recommendation", "referral", "favor", "resource");
    private static final List<String> ADVICE_VERBS =
            List.of("how to size", "how to get started with", "how to hire for", "how to price", "what to avoid in");
    private static final List<String> TITLES =
            List.of("Coffee", "Lunch", "Catch-up call", "Intro call", "Conference chat", "Walk", "Dinner", "Demo");

    private NetworkVocabulary() {}

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String title(Random random, String topic) {
        return pick(random, TITLES) + (random.nextBoolean() ? " about " + topic : "");
    }

    /** What was given or received, worded for its type. */
    static String exchange(Random random, String type, String topic, String otherName, String organization) {
        return switch (type) {
            case "advice" -> pick(random, ADVICE_VERBS) + " " + topic;
            case "information" -> "the article on " + topic;
            case "introduction" -> "intro to " + otherName + " at " + organization;
            case "recommendation" -> "a book on " + topic;
            case "referral" -> "referral to " + organization;
            case "favor" -> "reviewed the " + topic + " plan";
            default -> "slides on " + topic;
        };
    }

    static String notes(Random random, String topic, String organization) {
        return switch (random.nextInt(4)) {
            case 0 -> "Knows a lot about " + topic + ".";
            case 1 -> "Met at a " + topic + " meetup; works with " + organization + ".";
            case 2 -> "Wants to learn about " + topic + ".";
            default -> "Ask about " + topic + " next time.";
        };
    }
}
