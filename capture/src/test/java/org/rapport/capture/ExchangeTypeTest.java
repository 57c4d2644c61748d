package org.rapport.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExchangeTypeTest {

    @Test
    void wordsNameTheType() {
        assertThat(ExchangeType.infer("intro to Carla")).isEqualTo(ExchangeType.INTRODUCTION);
        assertThat(ExchangeType.infer("an Introduction to Bob")).isEqualTo(ExchangeType.INTRODUCTION);
        assertThat(ExchangeType.infer("advice on salaries")).isEqualTo(ExchangeType.ADVICE);
        assertThat(ExchangeType.infer("some tips")).isEqualTo(ExchangeType.ADVICE);
        assertThat(ExchangeType.infer("a referral for the data role")).isEqualTo(ExchangeType.REFERRAL);
        assertThat(ExchangeType.infer("recommended a plumber")).isEqualTo(ExchangeType.RECOMMENDATION);
        assertThat(ExchangeType.infer("a recommendation letter")).isEqualTo(ExchangeType.RECOMMENDATION);
        assertThat(ExchangeType.infer("a favour: moved the sofa")).isEqualTo(ExchangeType.FAVOR);
        assertThat(ExchangeType.infer("a favor")).isEqualTo(ExchangeType.FAVOR);
        assertThat(ExchangeType.infer("the article on lakehouses")).isEqualTo(ExchangeType.RESOURCE);
        assertThat(ExchangeType.infer("their pitch deck")).isEqualTo(ExchangeType.RESOURCE);
        assertThat(ExchangeType.infer("how Acme hires")).isEqualTo(ExchangeType.INFORMATION);
    }

    @Test
    void theFirstTypeInTheDocumentedOrderWins() {
        assertThat(ExchangeType.infer("a link to the referral form")).isEqualTo(ExchangeType.REFERRAL);
        assertThat(ExchangeType.infer("tips and an intro")).isEqualTo(ExchangeType.INTRODUCTION);
    }

    @Test
    void partsOfWordsDoNotCount() {
        assertThat(ExchangeType.infer("introspection and bookkeeping")).isEqualTo(ExchangeType.INFORMATION);
    }

    @Test
    void everyTypeHasTheApisName() {
        assertThat(ExchangeType.FAVOR.wire()).isEqualTo("favor");
        assertThat(Kind.JOB_SEARCH.wire()).isEqualTo("job_search");
    }
}
