package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The journey of a new user in a real browser, on a server of its own (so it really is the first
 * run): create the account, load the demo network, find a person, log an encounter with someone new
 * using the keyboard, and thank them from Today.
 */
@RapportTest
@TestPropertySource(properties = {"rapport.signup=closed", "rapport.test.context=first-run-browser"})
class FirstRunBrowserIT {
    @LocalServerPort
    int port;

    @Test
    void aNewUserCreatesTheAccountLogsAnEncounterAndSaysThankYou() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            assertThat(browser.path()).startsWith("/signup");
            assertThat(browser.text()).contains("Welcome to Rapport");
            browser.type("#name", "Ana Ruiz").type("#email", "ana@example.org").type("#password", "a long passphrase");
            browser.submit("main button[type=submit]");

            assertThat(browser.path()).startsWith("/login");
            browser.type("#username", "ana@example.org").type("#password", "a long passphrase");
            browser.submit("main button[type=submit]");
            assertThat(browser.text()).contains("Welcome, Ana Ruiz").contains("Load the demo network");
            browser.screenshot("welcome", 1280);

            browser.submit("form[action='/demo'] button");
            assertThat(browser.text()).contains("Loaded the demo network: 30 people");
            assertThat(browser.text())
                    .contains("Thank-yous owed")
                    .contains("Time to get in touch")
                    .contains("Recent encounters");
            browser.screenshot("today", 1280).screenshot("today", 375);

            // Search and open a person.
            browser.go("/people");
            browser.find("#people-search").sendKeys("nunez");
            browser.waitUntilGone("#people-results tbody tr:nth-child(2)");
            browser.submit("#people-results tbody a");
            assertThat(browser.find("h1").getText()).isEqualTo("José Núñez");
            assertThat(browser.text()).contains("Give and take").contains("Timeline");
            browser.screenshot("person", 1280).screenshot("person", 375);
            // Edit inline: the form opens in the contact card, on the same page.
            String personPage = browser.path();
            browser.click("#edit-inline");
            browser.waitFor("#contact #person-form");
            assertThat(browser.path()).isEqualTo(personPage);
            browser.type("#contact #phones1\\.value", "+44 20 7946 0999");
            browser.submit("#contact #person-form button[type=submit]");
            assertThat(browser.text()).contains("Saved.").contains("+44 20 7946 0999");
            browser.go("/people").screenshot("people", 1280).screenshot("people", 375);

            // Bulk: tag two people, then undo; delete one, then undo.
            browser.go("/people");
            browser.find("input[name=ids][aria-label='Select Aiko Tanaka']").click();
            browser.find("input[name=ids][aria-label='Select Amara Okafor']").click();
            browser.type("#bulk-value", "vip");
            browser.submit("#bulk-form button[type=submit]");
            assertThat(browser.text()).contains("Tagged “vip” for 2 people.");
            assertThat(browser.driver.findElements(By.xpath("//span[@class='tag' and text()='vip']")))
                    .hasSize(2);
            browser.submit(".flash form button");
            assertThat(browser.text()).contains("Undone: Tagged “vip” for 2 people.");
            assertThat(browser.driver.findElements(By.xpath("//span[@class='tag' and text()='vip']")))
                    .isEmpty();

            browser.find("input[name=ids][aria-label='Select Aiko Tanaka']").click();
            new org.openqa.selenium.support.ui.Select(browser.find("#bulk-action")).selectByValue("delete");
            browser.submit("#bulk-form button[type=submit]");
            assertThat(browser.text())
                    .contains("Deleted 1 person.")
                    .contains("29 people")
                    .doesNotContain("Aiko Tanaka");
            browser.submit(".flash form button");
            assertThat(browser.text()).contains("30 people").contains("Aiko Tanaka");

            // Log an encounter from the keyboard alone: L opens the form, a new name is confirmed with Enter.
            browser.loading(() -> browser.find("body").sendKeys("l"));
            assertThat(browser.path()).isEqualTo("/encounters/new");
            browser.screenshot("log-encounter", 1280).screenshot("log-encounter", 375);
            browser.find("#participant0").sendKeys("Wendy Newcomer");
            browser.find("input[name=kind][value=job_search]").click();
            browser.type("#title", "Coffee about data roles");
            browser.find("#received0\\.type").sendKeys("intro");
            browser.type("#received0\\.description", "intro to Carla at Acme");
            browser.loading(() -> browser.find("#received0\\.description").sendKeys(Keys.ENTER));
            assertThat(browser.text()).contains("Wendy Newcomer").contains("is not in your people yet");
            browser.submit("form[action='/encounters'] button[type=submit]");

            assertThat(browser.text())
                    .contains("Logged “Coffee about data roles”")
                    .contains("Added Wendy Newcomer");
            assertThat(browser.find("h1").getText()).isEqualTo("Wendy Newcomer");
            assertThat(browser.text()).contains("Received introduction: intro to Carla at Acme");

            browser.go("/");
            assertThat(browser.find("#thanks-h").findElement(By.xpath("..")).getText())
                    .contains("Thank Wendy Newcomer for intro to Carla at Acme");
            browser.click("button[aria-label^='Done: Thank Wendy Newcomer']");
            browser.waitUntilGone("button[aria-label^='Done: Thank Wendy Newcomer']");
            browser.go("/follow-ups?status=done");
            assertThat(browser.text()).contains("Thank Wendy Newcomer for intro to Carla at Acme");
        }
    }
}
