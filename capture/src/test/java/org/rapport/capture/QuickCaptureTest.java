package org.rapport.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuickCaptureTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static Capture parse(String line) {
        return QuickCapture.parse(line, TODAY);
    }

    @Test
    void theIssuesExampleGivesTitleMentionsKindAndBothExchanges() {
        Capture c = parse("Coffee with @Ana Ruiz and @Bob about data roles #job_search "
                + "gave: the article on lakehouses; got: intro to @Carla at Acme");
        assertThat(c.title()).isEqualTo("Coffee with Ana Ruiz and Bob about data roles");
        assertThat(c.mentions()).containsExactly("Ana Ruiz", "Bob", "Carla");
        assertThat(c.kind()).isEqualTo(Kind.JOB_SEARCH);
        assertThat(c.tags()).isEmpty();
        assertThat(c.gave())
                .containsExactly(new CapturedExchange(ExchangeType.RESOURCE, "the article on lakehouses", null));
        // Carla is who the introduction was to, not who gave it: the giver is left to the server.
        assertThat(c.got())
                .containsExactly(new CapturedExchange(ExchangeType.INTRODUCTION, "intro to Carla at Acme", null));
        assertThat(c.when()).isNull();
    }

    @Test
    void fromOrByNamesTheGiverAndToOrForTheReceiver() {
        Capture c = parse("Call with @Ana gave: the deck to @Bob got: intro to @Carla from @Dan");
        assertThat(c.gave()).extracting(CapturedExchange::person).containsExactly("Bob");
        assertThat(c.got()).extracting(CapturedExchange::person).containsExactly("Dan");
        assertThat(c.mentions()).containsExactly("Ana", "Bob", "Carla", "Dan");
    }

    @Test
    void otherwiseTheFirstPersonNamedInAClauseIsTheCounterpart() {
        Capture c = parse("Lunch gave: @Ana Ruiz the book on hiring got: @Bob's advice on rates");
        assertThat(c.gave()).extracting(CapturedExchange::person).containsExactly("Ana Ruiz");
        assertThat(c.got()).extracting(CapturedExchange::person).containsExactly("Bob");
    }

    @Test
    void namesWithAccentsAndHyphensAreOneMention() {
        Capture c = parse("Lunch with @José Núñez-Díaz and @Zoë O'Brien-Ñuño today");
        assertThat(c.mentions()).containsExactly("José Núñez-Díaz", "Zoë O'Brien-Ñuño");
        assertThat(c.title()).isEqualTo("Lunch with José Núñez-Díaz and Zoë O'Brien-Ñuño today");
    }

    @Test
    void decomposedAccentsAreReadLikeComposedOnes() {
        Capture c = parse("Call with @Jose\u0301 Nu\u0301n\u0303ez");
        assertThat(c.mentions()).containsExactly("José Núñez");
    }

    @Test
    void aQuotedMentionKeepsEveryWordOfTheName() {
        Capture c = parse("Coffee with @\"Ana María Ruiz\" #job_search got: intro to Carla at Acme");
        assertThat(c.mentions()).containsExactly("Ana María Ruiz");
        assertThat(c.title()).isEqualTo("Coffee with Ana María Ruiz");
        assertThat(c.got())
                .containsExactly(new CapturedExchange(ExchangeType.INTRODUCTION, "intro to Carla at Acme", null));
    }

    @Test
    void typographicQuotesWorkLikeStraightOnes() {
        assertThat(parse("Met @“Ludwig van Beethoven” at the opera").mentions())
                .containsExactly("Ludwig van Beethoven");
    }

    @Test
    void aMentionStopsAtTwoCapitalisedWords() {
        assertThat(parse("Drinks with @Ana Ruiz Gómez").mentions()).containsExactly("Ana Ruiz");
        assertThat(parse("Drinks with @Ludwig van Beethoven").mentions()).containsExactly("Ludwig");
        assertThat(parse("Drinks with @Bob, @Carla and @dave").mentions()).containsExactly("Bob", "Carla");
    }

    @Test
    void aPossessiveIsNotPartOfTheName() {
        Capture c = parse("Read @Ana's draft");
        assertThat(c.mentions()).containsExactly("Ana");
        assertThat(c.title()).isEqualTo("Read Ana's draft");
    }

    @Test
    void emailAddressesAreNotMentions() {
        Capture c = parse("Wrote to ana@Example.com about the role");
        assertThat(c.mentions()).isEmpty();
        assertThat(c.title()).isEqualTo("Wrote to ana@Example.com about the role");
    }

    @Test
    void aLineWithNoMentionsIsJustATitle() {
        Capture c = parse("  Read up on   lakehouses ,  then rest. ");
        assertThat(c.mentions()).isEmpty();
        assertThat(c.title()).isEqualTo("Read up on lakehouses, then rest");
        assertThat(c.kind()).isNull();
        assertThat(c.gave()).isEmpty();
        assertThat(c.got()).isEmpty();
    }

    @Test
    void unknownPeopleAreJustNamesToTheParser() {
        assertThat(parse("Met @Somebody Newman at the fair").mentions()).containsExactly("Somebody Newman");
    }

    @Test
    void theSamePersonTwiceIsOneMention() {
        Capture c = parse("Coffee with @Ana; got: advice from @ANA");
        assertThat(c.mentions()).containsExactly("Ana");
        assertThat(c.got()).extracting(CapturedExchange::person).containsExactly("Ana");
    }

    @Test
    void otherHashtagsAreTagsAndTheFirstKindWins() {
        Capture c = parse("Panel at #DataConf with @Ana #business #conference #personal #conference");
        assertThat(c.kind()).isEqualTo(Kind.BUSINESS);
        assertThat(c.tags()).containsExactly("DataConf", "conference", "personal");
        assertThat(c.title()).isEqualTo("Panel at with Ana");
    }

    @Test
    void kindHashtagsAcceptDashesAndNoSeparator() {
        assertThat(parse("x #Job-Search").kind()).isEqualTo(Kind.JOB_SEARCH);
        assertThat(parse("x #jobsearch").kind()).isEqualTo(Kind.JOB_SEARCH);
        assertThat(parse("x #PERSONAL").kind()).isEqualTo(Kind.PERSONAL);
    }

    @Test
    void csharpAndUrlAnchorsAreNotTags() {
        assertThat(parse("Talked C# with @Bob, see https://x.org/#intro").tags())
                .isEmpty();
    }

    @Test
    void clausesRunToTheNextClauseAndMayRepeat() {
        Capture c = parse("Call with @Ana gave: tips on CVs gave: a book on hiring got: a referral to Acme");
        assertThat(c.gave())
                .extracting(CapturedExchange::type, CapturedExchange::description)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ExchangeType.ADVICE, "tips on CVs"),
                        org.assertj.core.groups.Tuple.tuple(ExchangeType.RESOURCE, "a book on hiring"));
        assertThat(c.got()).extracting(CapturedExchange::type).containsExactly(ExchangeType.REFERRAL);
    }

    @Test
    void peopleNamedOnlyInsideAClauseAreParticipantsToo() {
        Capture c = parse("Dinner with @Ana got: advice on salaries from @Bob Stone");
        assertThat(c.mentions()).containsExactly("Ana", "Bob Stone");
        assertThat(c.got()).extracting(CapturedExchange::person).containsExactly("Bob Stone");
        assertThat(c.got())
                .extracting(CapturedExchange::description)
                .containsExactly("advice on salaries from Bob Stone");
    }

    @Test
    void clauseKeywordsIgnoreCaseAndEmptyClausesAreDropped() {
        Capture c = parse("Met @Ana GOT: the deck GAVE:   ");
        assertThat(c.got()).extracting(CapturedExchange::type).containsExactly(ExchangeType.RESOURCE);
        assertThat(c.gave()).isEmpty();
    }

    @Test
    void aLineOfOnlyClausesHasAnEmptyTitle() {
        Capture c = parse("got: a favour from @Ana");
        assertThat(c.title()).isEmpty();
        assertThat(c.got()).extracting(CapturedExchange::type).containsExactly(ExchangeType.FAVOR);
    }

    @Test
    void aWhenClauseIsReadRelativeToToday() {
        Capture c = parse("Coffee with @Ana when: 2 days ago #personal");
        assertThat(c.when()).isEqualTo(new When(LocalDate.of(2026, 11, 24), null, null));
        assertThat(c.title()).isEqualTo("Coffee with Ana");
        assertThat(c.kind()).isEqualTo(Kind.PERSONAL);
    }

    @Test
    void anUnreadableWhenClauseSaysWhatItAccepts() {
        assertThatThrownBy(() -> parse("Coffee with @Ana when: someday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("someday")
                .hasMessageContaining("yesterday");
    }
}
