package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The goal, insights, event and personal pages, with data, pass axe-core's WCAG 2.1 A and AA rules at both widths. */
@RapportTest
@DisabledIfSystemProperty(named = "rapport.test.db", matches = "postgresql", disabledReason = "pages are the same")
class GoalsAccessibilityBrowserIT {
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    @Test
    void theGoalPagesPassWcagAaChecks() {
        ApiClient api = ApiClient.newMember(port);
        UUID search = api.post("/api/v1/goals", Map.of("kind", "job_search", "title", "Platform roles"))
                .id();
        UUID business = api.post("/api/v1/goals", Map.of("kind", "business", "title", "Clients"))
                .id();
        UUID dana = api.post(
                        "/api/v1/people",
                        person().named("Dana Lee").workingAt("Globex", "CTO").build())
                .id();
        UUID rita = api.post(
                        "/api/v1/people",
                        person().named("Rita Ref").with("birthday", "--12-01").build())
                .id();
        String globex = api.post(
                        "/api/v1/goals/" + search + "/targets", Map.of("organizationName", "Globex", "motivation", 3))
                .text("organizationId");
        api.post("/api/v1/goals/" + business + "/entries", Map.of("organizationId", globex));
        api.post(
                "/api/v1/goals/" + search + "/outreach",
                Map.of("personId", dana.toString(), "message", "Could we talk?"));
        UUID entry = UUID.fromString(api.get("/api/v1/goals/" + search)
                .json()
                .get("pipeline")
                .get("entries")
                .get(0)
                .get("id")
                .asString());
        UUID pat = api.post("/api/v1/people", person().named("Pat Prospect").build())
                .id();
        api.post(
                "/api/v1/goals/" + business + "/entries",
                Map.of("personId", pat.toString(), "referredById", rita.toString(), "valueCents", 100_000));
        api.post("/api/v1/events/met", Map.of("event", "Meetup", "lines", "Kim Park, Globex, streaming"));
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type("#username", api.email).type("#password", ApiClient.PASSWORD);
            browser.submit("form[action='/login'] button[type=submit]");
            List<String> problems = new ArrayList<>();
            for (String path : List.of(
                    "/goals",
                    "/goals/" + search,
                    "/goals/" + business,
                    "/goals/" + search + "/outreach/new?personId=" + dana,
                    "/goals/" + search + "/entries/" + entry + "/conversation",
                    "/goals/referrals",
                    "/insights",
                    "/events/met",
                    "/personal?friend=Dana+Lee&need=Globex")) {
                for (int width : new int[] {1280, 375}) {
                    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    browser.go(path);
                    for (Rule violation : new AxeBuilder()
                            .withTags(WCAG_AA)
                            .analyze(browser.driver)
                            .getViolations()) {
                        problems.add(
                                path + " @" + width + "px: " + violation.getId() + " — " + violation.getHelp() + " "
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
