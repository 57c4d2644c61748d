package org.rapport.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.Days;
import org.rapport.testing.PersonMother;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Today's suggestions in a real browser: each one a click from done. */
@RapportTest
class SuggestionsBrowserIT {
    @LocalServerPort
    int port;

    @Test
    void todayShowsSuggestionsWithTheirReasonsAndActingOnOneClearsIt() throws Exception {
        ApiClient api = ApiClient.newMember(port);
        UUID dana = person(api, "Dana Long", Map.of("cadenceDays", 30));
        UUID ola = person(api, "Ola Overdue", Map.of("cadenceDays", 10));
        UUID gail = person(api, "Generous Gail", Map.of());
        met(api, encounter().with(dana).at(Days.ago(60)).build());
        met(api, encounter().with(ola).at(Days.ago(20)).build());
        for (int d : new int[] {20, 15, 10}) {
            met(
                    api,
                    encounter()
                            .with(gail)
                            .at(Days.ago(d))
                            .received("introduction", "an intro", gail)
                            .build());
        }

        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type("#username", api.email).type("#password", ApiClient.PASSWORD);
            browser.submit("form[action='/login'] button[type=submit]");
            browser.go("/");
            String card = browser.find("#suggestions").getText();
            assertThat(card)
                    .contains("Overdue: Dana Long")
                    .contains("last talked 60 days ago; you meant every 30 days")
                    .contains("Give back: Generous Gail")
                    .contains("you received 3 (3 introductions) and gave 0");
            // Strength beside each shown suggestion again, now that the network module keeps it in memory.
            assertThat(browser.find("#suggestion-overdue-" + dana).getText()).containsPattern("· strength \\d+");

            // Snooze in place (htmx), and it stays snoozed: it is kept in the database.
            browser.click("button[aria-label='Snooze a week: Ola Overdue']");
            browser.waitUntilGone("#suggestion-overdue-" + ola);
            browser.go("/");
            assertThat(browser.driver.findElements(By.id("suggestion-overdue-" + ola)))
                    .isEmpty();
            assertThat(browser.find("#suggestions").getText()).contains("Dana Long");

            // Log an encounter straight from the suggestion: Dana is already chosen.
            browser.submit("a[aria-label='Log encounter with Dana Long']");
            assertThat(browser.path()).startsWith("/encounters/new");
            assertThat(browser.find("input[name=participantIds][value='" + dana + "']")
                            .isSelected())
                    .isTrue();
            browser.submit("form[action='/encounters'] .actions button[type=submit]");
            browser.go("/");
            assertThat(browser.driver.findElements(By.id("suggestion-overdue-" + dana)))
                    .isEmpty();
            assertThat(browser.find("#suggestions").getText()).doesNotContain("Dana Long");

            // The person page shows the ledger.
            browser.go("/people/" + gail);
            assertThat(browser.find("#ledger").getText())
                    .contains("You gave 0")
                    .contains("received 3")
                    .contains("introduction");

            // The calendar feed: made in settings, shown once, subscribable without a session.
            browser.go("/settings");
            browser.submit("form[action='/settings/feed'] button");
            String url = browser.find("#feed-url").getText();
            assertThat(url).endsWith("/follow-ups.ics");
            HttpResponse<String> feed = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("Thank Generous Gail");
        }
    }

    private static UUID person(ApiClient api, String name, Map<String, Object> relationship) {
        return api.post(
                        "/api/v1/people",
                        PersonMother.person()
                                .named(name)
                                .with("relationship", relationship)
                                .build())
                .id();
    }

    private static void met(ApiClient api, Map<String, Object> encounter) {
        assertThat(api.post("/api/v1/encounters", encounter).status()).isEqualTo(201);
    }
}
