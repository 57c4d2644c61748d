package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rapport.goals.OutreachChecker.Flag;

class OutreachCheckerTest {
    private static final String GOOD = "Hi Dana, Priya Shah suggested I write to you. You have led data teams at "
            + "Acme for years, and your talk on pipelines stayed with me. Could you spare 15 minutes for your "
            + "advice on how your team approaches hiring for platform work?";

    @Test
    void aShortAdviceRequestThatNamesTheConnectionFirstPasses() {
        var result = OutreachChecker.check(GOOD, "Priya Shah");
        assertThat(result.problems()).isEmpty();
        assertThat(result.aboutThem()).isGreaterThan(result.aboutMe());
    }

    @Test
    void overOneHundredWordsIsFlagged() {
        String longer = GOOD.replace("Could you", "word ".repeat(80) + "Could you");
        assertThat(flags(longer, "Priya")).contains(Flag.TOO_LONG);
        assertThat(OutreachChecker.check(longer, "Priya").words()).isGreaterThan(100);
    }

    @Test
    void theWordJobIsFlaggedAnywhereInAnyCaseButNotInsideOtherWords() {
        assertThat(flags(GOOD.replace("platform work", "the JOB"), "Priya")).contains(Flag.MENTIONS_JOB);
        assertThat(flags(GOOD.replace("platform work", "open jobs"), "Priya")).contains(Flag.MENTIONS_JOB);
        assertThat(flags("Job hunting? " + GOOD, null)).contains(Flag.MENTIONS_JOB);
        assertThat(flags(GOOD.replace("platform work", "jobsite safety and Jobson's work"), "Priya"))
                .doesNotContain(Flag.MENTIONS_JOB);
    }

    @Test
    void theConnectionMustBeNamedInTheFirstSentence() {
        String late = "Hi Dana, you have led data teams for years. Priya Shah suggested I write to you. "
                + "Could you share your advice?";
        assertThat(flags(late, "Priya Shah")).contains(Flag.CONNECTION_NOT_FIRST);
        assertThat(flags(GOOD, "priya")).doesNotContain(Flag.CONNECTION_NOT_FIRST);
        assertThat(flags(GOOD, "Ana")).contains(Flag.CONNECTION_NOT_FIRST);
    }

    @Test
    void theMessageMustEndWithAQuestion() {
        assertThat(flags(GOOD.substring(0, GOOD.length() - 1) + ".", "Priya")).contains(Flag.NO_QUESTION_AT_END);
        assertThat(flags(GOOD + "  \n", "Priya")).doesNotContain(Flag.NO_QUESTION_AT_END);
    }

    @Test
    void moreAboutMeThanAboutYouIsFlagged() {
        String selfish = "Priya suggested I write. I am looking for my next step and I think my skills fit. "
                + "Could you help me?";
        var result = OutreachChecker.check(selfish, "Priya");
        assertThat(result.aboutMe()).isEqualTo(6);
        assertThat(result.aboutThem()).isEqualTo(1);
        assertThat(flags(selfish, "Priya")).contains(Flag.MORE_ABOUT_YOU);
    }

    private static java.util.List<Flag> flags(String text, String connection) {
        return OutreachChecker.check(text, connection).problems().stream()
                .map(OutreachChecker.Problem::flag)
                .toList();
    }
}
