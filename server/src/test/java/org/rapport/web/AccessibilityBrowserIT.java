package org.rapport.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every main page, filled with the demo network, passes axe-core's WCAG 2.1 A and AA rules
 * (contrast, labels, landmarks, names of controls, ...) at desktop and phone widths. The pages do
 * not depend on the database, so this runs on SQLite only.
 */
@RapportTest
@DisabledIfSystemProperty(named = "rapport.test.db", matches = "postgresql", disabledReason = "pages are the same")
class AccessibilityBrowserIT {
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Test
    void theMainPagesPassWcagAaChecks() {
        ApiClient api = ApiClient.newMember(port);
        try (Browser browser = Browser.open(port)) {
            EscapingBrowserIT.signIn(browser, api.email);
            browser.submit("form[action='/demo'] button");
            browser.go("/people?q=nunez");
            String person = browser.find("#people-results tbody a").getAttribute("href");
            browser.go("/organizations");
            String organization = browser.find("main table a, main ul a").getAttribute("href");

            List<String> problems = new ArrayList<>();
            for (String path : List.of(
                    "/",
                    "/people",
                    "/people/new",
                    person.substring(person.indexOf("/people/")),
                    "/encounters/new",
                    "/organizations",
                    organization.substring(organization.indexOf("/organizations/")),
                    "/follow-ups",
                    "/settings")) {
                for (int width : new int[] {1280, 375}) {
                    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.go(path);
                    for (Rule violation : new AxeBuilder()
                            .withTags(WCAG_AA)
                            .analyze(browser.driver)
                            .getViolations()) {
                        problems.add(path + " @" + width + "px: " + violation.getId() + " — " + violation.getHelp()
                                + " "
                                + violation.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .toList());
                    }
                }
            }
            assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }
    }
}
