package org.rapport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.search.SearchApiIT.eventually;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The header's typeahead (keyboard included) and the search page, in Chromium. */
@RapportTest
class SearchBrowserIT {
    static final String EVIL_NAME = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Test
    void theHeaderTypeaheadLeadsToAPersonAndEnterOpensTheSearchPage() {
        ApiClient api = ApiClient.newMember(port);
        UUID jose = api.post(
                        "/api/v1/people",
                        person().named("José Núñez")
                                .workingAt("Acme Robotics", "CTO")
                                .build())
                .id();
        UUID evil = api.post(
                        "/api/v1/people",
                        person().named(EVIL_NAME)
                                .with("notes", "<b>Iceberg</b> fan")
                                .build())
                .id();
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(jose, evil)
                        .at("2026-11-16T10:00:00Z")
                        .set("title", "Data platform chat")
                        .received("advice", "how to size an Iceberg cluster", jose)
                        .build());
        eventually(api, "iceberg", null, h -> h.size() == 3);

        try (Browser browser = Browser.open(port)) {
            signIn(browser, api.email);
            browser.go("/");
            browser.find("#site-search").sendKeys("jose nu");
            browser.waitFor("#site-search-results .suggest-item");
            WebElement first = browser.find("#site-search-results .suggest-item");
            assertThat(first.getText()).contains("José Núñez");
            assertThat(first.findElement(By.tagName("mark")).getText()).isEqualTo("José");
            browser.screenshot("search-typeahead", 1280);

            browser.find("#site-search").sendKeys(Keys.ARROW_DOWN);
            assertThat(browser.driver.switchTo().activeElement().getText()).contains("José Núñez");
            browser.loading(() -> browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER));
            assertThat(browser.path()).isEqualTo("/people/" + jose);

            // A name that is markup shows as text in the dropdown.
            browser.find("#site-search").sendKeys("img");
            browser.waitFor("#site-search-results .suggest-item");
            assertThat(browser.find("#site-search-results").getText()).contains(EVIL_NAME);
            assertThat(browser.driver.findElements(By.tagName("img"))).isEmpty();
            browser.find("#site-search").sendKeys(Keys.ESCAPE);
            browser.waitUntilGone("#site-search-results .suggest-item");

            // Enter submits the form: the search page, which works without JavaScript too.
            browser.find("#site-search").clear();
            browser.find("#site-search").sendKeys("iceberg");
            browser.loading(() -> browser.find("#site-search").sendKeys(Keys.ENTER));
            assertThat(browser.path()).isEqualTo("/search?q=iceberg");
            assertThat(browser.find("h1").getText()).isEqualTo("Search: iceberg");
            assertThat(browser.driver.findElements(By.cssSelector(".search-group h2")))
                    .extracting(WebElement::getText)
                    .containsExactly("People (2)", "Encounters (1)");
            String experts = browser.find(".experts").getText();
            assertThat(experts)
                    .contains("Who knows about “iceberg”?")
                    .contains("José Núñez")
                    .contains("gave advice: how to size an Iceberg cluster (2026-11-16)")
                    .contains(EVIL_NAME)
                    .contains("notes: <b>Iceberg</b> fan");
            assertThat(experts.indexOf("José Núñez")).isLessThan(experts.indexOf(EVIL_NAME));
            assertThat(browser.driver.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("main b"))).isEmpty();
            assertThat(browser.driver.getPageSource()).doesNotContain(EVIL_NAME);
            browser.screenshot("search", 1280).screenshot("search", 375);
        }
    }

    static void signIn(Browser browser, String email) {
        browser.go("/login");
        browser.type("#username", email).type("#password", ApiClient.PASSWORD);
        browser.submit("form[action='/login'] button[type=submit]");
    }
}
