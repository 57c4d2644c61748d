package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Logging a typical encounter — someone you know, a kind, something received — with the keyboard
 * alone, every key sent to whatever has the focus, as a person would. The keys are counted; their
 * time by the keystroke-level model is in docs/benchmarks.md ("Logging from the keyboard").
 */
@RapportTest
@DisabledIfSystemProperty(named = "rapport.test.db", matches = "postgresql", disabledReason = "pages are the same")
class KeyboardLogBrowserIT {
    /** Keystroke-level model (Card, Moran and Newell): an average typist, and one thought per field. */
    static final double SECONDS_PER_KEY = 0.28;

    static final double SECONDS_PER_THOUGHT = 1.35;

    @LocalServerPort
    int port;

    int keys;
    int thoughts;

    @Test
    void aTypicalEncounterTakesAFewDozenKeys() {
        ApiClient api = ApiClient.newMember(port);
        try (Browser browser = Browser.open(port)) {
            EscapingBrowserIT.signIn(browser, api.email);
            browser.submit("form[action='/demo'] button");

            // Who and which kind: the least there is to say.
            browser.loading(() -> press(browser, "l"));
            assertThat(browser.path()).isEqualTo("/encounters/new");
            press(browser, "Aiko Tanaka");
            tabTo(browser, "input[name=kind]:checked");
            press(browser, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // professional -> business -> job search
            browser.loading(() -> press(browser, Keys.ENTER));
            assertThat(browser.text()).contains("Logged");
            assertThat(browser.find("h1").getText()).isEqualTo("Aiko Tanaka");
            report("who and kind");
            assertThat(keys).isLessThanOrEqualTo(20);

            // And something received, which puts a thank-you on Today.
            browser.go("/");
            keys = 0;
            thoughts = 0;
            browser.loading(() -> press(browser, "l"));
            press(browser, "Aiko Tanaka");
            tabTo(browser, "input[name=kind]:checked");
            press(browser, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            tabTo(browser, "#received0\\.description"); // the type is read from the words
            press(browser, "intro to Carla at Acme");
            browser.loading(() -> press(browser, Keys.ENTER));
            assertThat(browser.text()).contains("Logged").contains("A thank-you is on Today");
            assertThat(browser.text()).contains("Received introduction: intro to Carla at Acme");
            report("who, kind and something received");
            // Deterministic, not a timing: the number of keys a person has to press.
            assertThat(keys).isLessThanOrEqualTo(50);
        }
    }

    private void report(String what) {
        System.out.printf(
                "Keyboard log (%s): %d keys, %d thoughts, %.1f s by the keystroke-level model%n",
                what, keys, thoughts, keys * SECONDS_PER_KEY + thoughts * SECONDS_PER_THOUGHT);
    }

    private void press(Browser browser, CharSequence... text) {
        WebElement focused = browser.driver.switchTo().activeElement();
        focused.sendKeys(text);
        for (CharSequence t : text) {
            keys += t instanceof Keys ? 1 : t.length();
        }
        if (!(text[0] instanceof Keys)) {
            thoughts++; // deciding what to type; keys like Enter or arrows follow a decision already counted
        }
    }

    /** Tab forward until the element matching css has the focus, as a keyboard user would. */
    private void tabTo(Browser browser, String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 40; i++) {
            if (target.equals(browser.driver.switchTo().activeElement())) {
                thoughts++;
                return;
            }
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
            keys++;
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
