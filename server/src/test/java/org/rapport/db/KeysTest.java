package org.rapport.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeysTest {
    @Test
    void nameKeysIgnoreCaseAccentsAndExtraSpaces() {
        assertThat(Keys.nameKey("  José   NÚÑEZ ")).isEqualTo("jose nunez");
        assertThat(Keys.nameKey("Société Générale")).isEqualTo(Keys.nameKey("SOCIETE GENERALE"));
        assertThat(Keys.nameKey("山田 太郎")).isEqualTo("山田 太郎");
    }

    @Test
    void phoneKeysKeepDigitsAndTheLeadingPlus() {
        assertThat(Keys.phoneKey("+1 (555) 010-0")).isEqualTo("+15550100");
        assertThat(Keys.phoneKey("0612 34 56 78")).isEqualTo("0612345678");
    }

    @Test
    void linkKeysIgnoreSchemeWwwQueryAndTrailingSlash() {
        assertThat(Keys.linkKey("https://www.LinkedIn.com/in/ana-ruiz/?trk=x"))
                .isEqualTo(Keys.linkKey("linkedin.com/in/ana-ruiz"))
                .isEqualTo("linkedin.com/in/ana-ruiz");
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(Keys.containsPattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void plainAsciiNamesGetTheSameKeyAsTheUnicodePath() {
        assertThat(Keys.nameKey("  Ada   LOVELACE\t")).isEqualTo("ada lovelace");
        assertThat(Keys.nameKey("José  Núñez")).isEqualTo("jose nunez");
        assertThat(Keys.nameKey("O'Brien-Smith, Jr.")).isEqualTo("o'brien-smith, jr.");
    }
}
