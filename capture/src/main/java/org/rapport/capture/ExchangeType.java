package org.rapport.capture;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What was given or received, named as the API names it, and guessed from the words used. */
public enum ExchangeType {
    INFORMATION("information"),
    ADVICE("advice"),
    INTRODUCTION("introduction"),
    RECOMMENDATION("recommendation"),
    REFERRAL("referral"),
    FAVOR("favor"),
    RESOURCE("resource");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Set<String> INTRODUCTION_WORDS =
            Set.of("intro", "intros", "introduction", "introductions", "introduce", "introduced");
    private static final Set<String> ADVICE_WORDS = Set.of("advice", "advise", "advised", "tip", "tips");
    private static final Set<String> REFERRAL_WORDS = Set.of("referral", "referrals", "refer", "referred");
    private static final Set<String> FAVOR_WORDS = Set.of("favor", "favors", "favour", "favours");
    private static final Set<String> RESOURCE_WORDS =
            Set.of("article", "articles", "link", "links", "book", "books", "deck", "decks");

    private final String wire;

    ExchangeType(String wire) {
        this.wire = wire;
    }

    /** The API's name: {@code introduction}. */
    public String wire() {
        return wire;
    }

    /**
     * The type a description's words suggest, checked in this order: introduction, advice,
     * referral, recommendation, favor, resource; anything else is information.
     */
    public static ExchangeType infer(String description) {
        boolean advice = false, referral = false, recommendation = false, favor = false, resource = false;
        Matcher m = WORD.matcher(description.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (INTRODUCTION_WORDS.contains(w)) {
                return INTRODUCTION;
            }
            advice |= ADVICE_WORDS.contains(w);
            referral |= REFERRAL_WORDS.contains(w);
            recommendation |= w.startsWith("recommend");
            favor |= FAVOR_WORDS.contains(w);
            resource |= RESOURCE_WORDS.contains(w);
        }
        if (advice) {
            return ADVICE;
        }
        if (referral) {
            return REFERRAL;
        }
        if (recommendation) {
            return RECOMMENDATION;
        }
        if (favor) {
            return FAVOR;
        }
        return resource ? RESOURCE : INFORMATION;
    }
}
