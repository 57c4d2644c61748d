package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void marksAccentedWordsPrefixesAndTyposInTheOriginalText() {
        assertThat(Snippets.mark("José Núñez", List.of("nunez"))).hasValue("José <mark>Núñez</mark>");
        assertThat(Snippets.mark("José Núñez", List.of("jose", "nu"))).hasValue("<mark>José</mark> <mark>Núñez</mark>");
        assertThat(Snippets.mark("José Núñez", List.of("jsoe"))).hasValue("<mark>José</mark> Núñez");
        assertThat(Snippets.mark("José Núñez", List.of("pedro"))).isEmpty();
    }

    @Test
    void escapesTheTextBeforeMarking() {
        assertThat(Snippets.mark("<b onclick=\"x\">Tom & Jerry</b>", List.of("tom")))
                .hasValue("&lt;b onclick=&quot;x&quot;&gt;<mark>Tom</mark> &amp; Jerry&lt;/b&gt;");
    }

    @Test
    void longTextsAreCutToAWindowAroundTheFirstMatch() {
        String text = "word ".repeat(100) + "needle " + "tail ".repeat(100);
        String snippet = Snippets.mark(text, List.of("needle")).orElseThrow();
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>needle</mark>");
        assertThat(snippet.length()).isLessThan(Snippets.WINDOW + 30);
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(Snippets.withinEdits("jose", "jsoe", 1)).isTrue();
        assertThat(Snippets.withinEdits("nunez", "nuno", 1)).isFalse();
        assertThat(Snippets.withinEdits("lovelace", "lovelcae", 2)).isTrue();
    }
}
