package org.rapport.suggestions;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rapport.encounters.ContactHistory;
import org.rapport.encounters.ExchangeTally;
import org.rapport.encounters.ExchangeType;
import org.rapport.followups.ThankYous;
import org.rapport.people.ClosenessTier;
import org.rapport.people.KeepInTouch;
import org.rapport.people.Tie;

/**
 * Which suggestions follow from a member's ties, give and take and thanks. Pure: no database, no
 * clock of its own, so every threshold is tested at its edge.
 */
final class SuggestionRules {
    /** Strong ties count as dormant after half a year without contact. */
    static final int DORMANT_AFTER_DAYS = 180;
    /** "Known long": a first encounter at least two years ago and at least three encounters. */
    static final int KNOWN_LONG_DAYS = 730;

    static final int KNOWN_LONG_ENCOUNTERS = 3;
    /** A thank-you is owed once something received has gone two days without one. */
    static final Duration THANKS_GRACE = Duration.ofDays(2);
    /** ...for 90 days: after that a thank-you would be odd, and imported history would drown Today. */
    static final Duration THANKS_WINDOW = Duration.ofDays(90);
    /** Giving back: received at least three more than given, and at least twice as many. */
    static final int GIVE_BACK_MARGIN = 3;

    record Inputs(
            List<Tie> ties,
            Map<UUID, ContactHistory> histories,
            List<ExchangeTally> exchanges,
            Map<UUID, ThankYous.Thanks> thanks,
            boolean onlyTies) {}

    private final LocalDate today;
    private final Instant now;
    private final ZoneId zone;

    SuggestionRules(LocalDate today, Instant now, ZoneId zone) {
        this.today = today;
        this.now = now;
        this.zone = zone;
    }

    /** Every suggestion, in their fixed order; {@code names} names people who are not among the ties. */
    List<Suggestion> suggest(Inputs in, Function<UUID, @Nullable String> names) {
        List<Suggestion> all = new ArrayList<>();
        Map<UUID, Tie> ties = new HashMap<>();
        for (Tie tie : in.ties()) {
            ties.put(tie.personId(), tie);
            Suggestion s = keepInTouch(tie, in.histories().get(tie.personId()));
            if (s != null) {
                all.add(s);
            }
        }
        for (GiveAndTake g : giveAndTake(in.exchanges()).values()) {
            Tie tie = ties.get(g.personId);
            String name = tie != null ? tie.displayName() : in.onlyTies() ? null : names.apply(g.personId);
            if (name == null) {
                continue;
            }
            Suggestion thanks = thankYou(g, name, in.thanks().get(g.personId));
            if (thanks != null) {
                all.add(thanks);
            }
            Suggestion giveBack = giveBack(g, name);
            if (giveBack != null) {
                all.add(giveBack);
            }
        }
        all.sort(SuggestionOrder.ORDER);
        return all;
    }

    /**
     * The first instant after {@code now} at which these exchanges could change the suggestions
     * without any write: something received passing its two days of grace or its 90 days of window.
     * The rest depends on the day only.
     */
    Instant nextChange(Collection<List<ExchangeTally>> exchanges) {
        Instant next = Instant.MAX;
        for (List<ExchangeTally> tallies : exchanges) {
            for (ExchangeTally t : tallies) {
                if (t.given()) {
                    continue;
                }
                // Shown from the end of the grace on; hidden once strictly past the window.
                for (Instant at : List.of(
                        t.lastAt().plus(THANKS_GRACE),
                        t.lastAt().plus(THANKS_WINDOW).plusNanos(1))) {
                    if (at.isAfter(now) && at.isBefore(next)) {
                        next = at;
                    }
                }
            }
        }
        return next;
    }

    /** One keep-in-touch suggestion at most per person: dormant, else overdue, else due. */
    @Nullable
    Suggestion keepInTouch(Tie tie, @Nullable ContactHistory history) {
        long days = KeepInTouch.daysSince(tie.lastContactDay(), today);
        String talked = "last talked " + ago(days);
        String meant = tie.cadenceDays() == null ? "" : "; you meant every " + tie.cadenceDays() + " days";
        String strong = strongBecause(tie, history);
        if (strong != null && days >= DORMANT_AFTER_DAYS) {
            return suggestion(
                    SuggestionType.DORMANT,
                    tie,
                    strong + ", but " + talked + meant + " (quiet for over " + DORMANT_AFTER_DAYS + " days)",
                    tie.lastContactDay().plusDays(DORMANT_AFTER_DAYS));
        }
        return switch (tie.status(today)) {
            case OVERDUE ->
                suggestion(
                        SuggestionType.OVERDUE,
                        tie,
                        talked + meant + " (overdue since " + day(tie.overdueOn()) + ")",
                        tie.overdueOn());
            case DUE ->
                suggestion(
                        SuggestionType.RECONNECT,
                        tie,
                        talked + meant,
                        KeepInTouch.dueOn(tie.lastContactDay(), tie.cadenceDays()));
            case NOT_DUE -> null;
        };
    }

    /** Why a tie counts as strong, or null: rated close, or known long. */
    private @Nullable String strongBecause(Tie tie, @Nullable ContactHistory history) {
        if (tie.closenessTier() == ClosenessTier.INNER_CIRCLE) {
            return "in your inner circle";
        }
        if (tie.closenessTier() == ClosenessTier.CLOSE) {
            return "you rated them close";
        }
        if (history != null && history.encounters() >= KNOWN_LONG_ENCOUNTERS) {
            LocalDate first = history.firstAt().atZone(zone).toLocalDate();
            if (!first.plusDays(KNOWN_LONG_DAYS).isAfter(today)) {
                return "known since " + first.getYear() + " (" + history.encounters() + " encounters)";
            }
        }
        return null;
    }

    private static Suggestion suggestion(SuggestionType type, Tie tie, String reason, LocalDate since) {
        return new Suggestion(
                type,
                tie.personId(),
                tie.displayName(),
                reason,
                since,
                tie.lastContactAt().toInstant(),
                tie.lastContactAt(),
                tie.cadenceDays(),
                tie.nextContactDue(),
                null,
                null,
                null);
    }

    @Nullable
    Suggestion thankYou(GiveAndTake g, String name, ThankYous.@Nullable Thanks thanks) {
        if (g.lastReceived == null
                || g.lastReceived.isAfter(now.minus(THANKS_GRACE))
                || g.lastReceived.isBefore(now.minus(THANKS_WINDOW))) {
            return null;
        }
        Instant settled = thanks == null ? null : thanks.lastSettledAt();
        if (settled != null && !settled.isBefore(g.lastReceived)) {
            return null;
        }
        List<String> what = new ArrayList<>();
        g.lastReceivedByType.forEach((type, at) -> {
            if (settled == null || at.isAfter(settled)) {
                what.add(withArticle(type));
            }
        });
        LocalDate received = g.lastReceived.atZone(zone).toLocalDate();
        return new Suggestion(
                SuggestionType.THANK_YOU,
                g.personId,
                name,
                "received " + and(what) + " " + ago(KeepInTouch.daysSince(received, today))
                        + (settled == null ? " and have not thanked them yet" : " and have not thanked them since"),
                received,
                g.lastReceived,
                null,
                null,
                null,
                thanks == null ? null : thanks.openFollowUpId(),
                g.gave,
                g.received);
    }

    @Nullable
    Suggestion giveBack(GiveAndTake g, String name) {
        if (g.lastReceived == null || g.received - g.gave < GIVE_BACK_MARGIN || g.received < 2 * g.gave) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        g.receivedByType.forEach((type, n) -> parts.add(n + " " + noun(type, n)));
        return new Suggestion(
                SuggestionType.GIVE_BACK,
                g.personId,
                name,
                "you received " + g.received + " (" + String.join(", ", parts) + ") and gave " + g.gave
                        + ": time to give back",
                g.lastReceived.atZone(zone).toLocalDate(),
                g.lastReceived,
                null,
                null,
                null,
                null,
                g.gave,
                g.received);
    }

    /** One person's give and take, summed over types. */
    static final class GiveAndTake {
        final UUID personId;
        long gave;
        long received;

        @Nullable
        Instant lastReceived;

        final Map<ExchangeType, Long> receivedByType = new EnumMap<>(ExchangeType.class);
        final Map<ExchangeType, Instant> lastReceivedByType = new EnumMap<>(ExchangeType.class);

        GiveAndTake(UUID personId) {
            this.personId = personId;
        }
    }

    static Map<UUID, GiveAndTake> giveAndTake(List<ExchangeTally> tallies) {
        Map<UUID, GiveAndTake> byPerson = new HashMap<>();
        for (ExchangeTally t : tallies) {
            GiveAndTake g = byPerson.computeIfAbsent(t.personId(), GiveAndTake::new);
            if (t.given()) {
                g.gave += t.allTime();
            } else {
                g.received += t.allTime();
                g.receivedByType.merge(t.type(), t.allTime(), Long::sum);
                g.lastReceivedByType.put(t.type(), t.lastAt());
                if (g.lastReceived == null || t.lastAt().isAfter(g.lastReceived)) {
                    g.lastReceived = t.lastAt();
                }
            }
        }
        return byPerson;
    }

    static String ago(long days) {
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }

    private static String day(@Nullable LocalDate date) {
        return date == null ? "?" : date.toString();
    }

    private static String and(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "something" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    static String withArticle(ExchangeType type) {
        return switch (type) {
            case INFORMATION, ADVICE -> type.wire();
            case INTRODUCTION -> "an introduction";
            default -> "a " + type.wire();
        };
    }

    static String noun(ExchangeType type, long n) {
        return switch (type) {
            case INFORMATION, ADVICE -> type.wire();
            default -> n == 1 ? type.wire() : type.wire() + "s";
        };
    }
}
