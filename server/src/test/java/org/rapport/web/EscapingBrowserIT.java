package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What people type is shown as text on every page, never run: a real browser would run it otherwise. */
@RapportTest
class EscapingBrowserIT {
    static final String EVIL_NAME = "<img src=x onerror=alert(1)>";
    static final String EVIL_NOTES = "**bold** and <script>alert(2)</script>";

    @LocalServerPort
    int port;

    @Test
    void userTextIsRenderedAsTextOnEveryPage() {
        ApiClient api = ApiClient.newMember(port);
        UUID evil = api.post(
                        "/api/v1/people",
                        person().named(EVIL_NAME)
                                .with("notes", EVIL_NOTES)
                                .with("tags", List.of("<b>tag</b>"))
                                .workingAt("<i>Org</i>", "<u>CTO</u>")
                                .build())
                .id();
        api.post(
                "/api/v1/encounters",
                encounter()
                        .with(evil)
                        .set("title", "<svg onload=alert(3)>")
                        .set("notes", EVIL_NOTES)
                        .received("advice", "<b>tips</b>", evil)
                        .build());
        api.post(
                "/api/v1/follow-ups",
                Map.of("type", "other", "title", "<a href=javascript:alert(4)>x</a>", "personId", evil.toString()));

        try (Browser browser = Browser.open(port)) {
            signIn(browser, api.email);
            for (String path :
                    List.of("/", "/people", "/people?q=img", "/people/" + evil, "/follow-ups", "/organizations")) {
                browser.go(path);
                // An alert would make every further call throw; finding none means no script ran.
                assertThat(browser.driver.findElements(By.tagName("img")))
                        .as(path)
                        .isEmpty();
                assertThat(browser.driver.getPageSource())
                        .as(path)
                        .doesNotContain(EVIL_NAME)
                        .doesNotContain("<script>alert(2)")
                        .doesNotContain("<svg onload");
            }
            browser.go("/people/" + evil);
            assertThat(browser.find("h1").getText()).isEqualTo(EVIL_NAME);
            // Notes are Markdown: the markup renders, the HTML in them shows as text.
            assertThat(browser.text()).contains("bold and <script>alert(2)</script>");
            assertThat(browser.find(".notes.md strong").getText()).isEqualTo("bold");

            // The autocomplete of the log form shows the name as an option's text too.
            browser.go("/encounters/new");
            browser.find("#participant0").sendKeys("img");
            browser.waitFor("#people-options option");
            assertThat(browser.find("#people-options option").getAttribute("value"))
                    .isEqualTo(EVIL_NAME);
            assertThat(browser.driver.findElements(By.tagName("img"))).isEmpty();
        }
    }

    static void signIn(Browser browser, String email) {
        browser.go("/login");
        browser.type("#username", email).type("#password", ApiClient.PASSWORD);
        browser.submit("form[action='/login'] button[type=submit]");
    }
}
