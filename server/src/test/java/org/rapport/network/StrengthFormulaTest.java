package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rapport.network.StrengthEvidence.Contact;
import org.rapport.network.StrengthEvidence.Weight;
import org.rapport.people.ClosenessTier;
import org.rapport.people.Kind;

class StrengthFormulaTest {
    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    static Instant daysAgo(long days) {
        return NOW.minus(Duration.ofDays(days));
    }

    @Test
    void nobodyKnownScoresZeroAndSaysWhy() {
        var score = StrengthFormula.score(new StrengthEvidence(), NOW);
        assertThat(score.score()).isZero();
        assertThat(score.reasons()).containsExactly("no conversations logged yet");
    }

    @Test
    void aSingleConversationTodayFollowsTheFormula() {
        var e = new StrengthEvidence();
        e.contacts.add(new Contact(null, NOW, Weight.CONVERSATION, Kind.PROFESSIONAL, 1, 1));
        // R = 1; M = 3 -> F = 3/7; D = 0; P = 1 - 0/4 = 1; X = 0
        double expected = 100 * (0.30 + 0.25 * 3.0 / 7 + 0.15);
        assertThat(StrengthFormula.score(e, NOW).score()).isEqualTo((int) Math.round(expected));
        assertThat(StrengthFormula.score(e, NOW).reasons())
                .contains("talked today", "1 conversation in 6 months", "you gave 1 / received 1 in 12 months");
    }

    @Test
    void recencyHalvesEveryNinetyDays() {
        var recent = new StrengthEvidence();
        recent.contacts.add(new Contact(null, daysAgo(0), Weight.CONVERSATION, Kind.PERSONAL, 0, 0));
        var older = new StrengthEvidence();
        older.contacts.add(new Contact(null, daysAgo(90), Weight.CONVERSATION, Kind.PERSONAL, 0, 0));
        assertThat(StrengthFormula.score(recent, NOW).score())
                .isGreaterThan(StrengthFormula.score(older, NOW).score());
        assertThat(StrengthFormula.score(older, NOW).reasons()).contains("last talked 90 days ago");
    }

    @Test
    void aOneWayMessageIsNotATwoWayEncounter() {
        var e = new StrengthEvidence();
        e.contacts.add(new Contact(null, daysAgo(1), Weight.ONE_WAY_MESSAGE, Kind.JOB_SEARCH, 1, 0));
        assertThat(StrengthFormula.score(e, NOW).reasons()).noneMatch(r -> r.startsWith("last talked"));
    }

    @Test
    void durationCountsUpToFiveYears() {
        var e = new StrengthEvidence();
        e.contacts.add(new Contact(null, daysAgo(3 * 366), Weight.CONVERSATION, Kind.PERSONAL, 0, 0));
        assertThat(StrengthFormula.score(e, NOW).reasons()).contains("known 3 years");
    }

    @Test
    void lopsidedGivingLowersReciprocity() {
        var balanced = new StrengthEvidence();
        balanced.contacts.add(new Contact(null, daysAgo(400), Weight.CONVERSATION, Kind.BUSINESS, 0, 0));
        balanced.contacts.add(new Contact(null, daysAgo(10), Weight.CONVERSATION, Kind.BUSINESS, 3, 3));
        var lopsided = new StrengthEvidence();
        lopsided.contacts.add(new Contact(null, daysAgo(400), Weight.CONVERSATION, Kind.BUSINESS, 0, 0));
        lopsided.contacts.add(new Contact(null, daysAgo(10), Weight.CONVERSATION, Kind.BUSINESS, 0, 6));
        assertThat(StrengthFormula.score(balanced, NOW).score())
                .isGreaterThan(StrengthFormula.score(lopsided, NOW).score());
    }

    @Test
    void severalKindsAndConnectionsAddMultiplexity() {
        var e = new StrengthEvidence();
        e.relationshipKinds.add(Kind.PERSONAL);
        e.relationshipKinds.add(Kind.PROFESSIONAL);
        e.sharedConnections = 7;
        // X = min(1, 0.5 + 0.5) = 1 -> 15 points
        assertThat(StrengthFormula.score(e, NOW).score()).isEqualTo(15);
        assertThat(StrengthFormula.score(e, NOW).reasons())
                .contains("you know each other in 2 ways (personal, professional)", "7 connections in your network");
    }

    @Test
    void theMembersOwnClosenessBlendsInAtHalfWeight() {
        var e = new StrengthEvidence();
        e.tier = ClosenessTier.INNER_CIRCLE;
        // computed 0, rated 100: (0 + 0.5 * 100) / 1.5
        assertThat(StrengthFormula.score(e, NOW).score()).isEqualTo(33);
        assertThat(StrengthFormula.score(e, NOW).reasons()).containsExactly("you rated them inner circle");
    }

    @Test
    void staysWithinZeroToHundred() {
        var e = new StrengthEvidence();
        for (int i = 0; i < 200; i++) {
            e.contacts.add(new Contact(null, daysAgo(i), Weight.CONVERSATION, Kind.values()[i % 4], 1, 1));
        }
        e.sharedConnections = 50;
        e.tier = ClosenessTier.INNER_CIRCLE;
        assertThat(StrengthFormula.score(e, NOW).score()).isBetween(90, 100);
    }
}
