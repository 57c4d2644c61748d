package org.rapport.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.EncounterMother.encounter;
import static org.rapport.testing.PersonMother.person;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "How to reach" on a person's and an organization's page, rendered by the server and escaped. */
@RapportTest
class HowToReachBrowserIT {
    static final String EVIL = "<img src=x onerror=alert(1)>";

    @LocalServerPort
    int port;

    @Test
    void personAndOrganizationPagesShowTheBestPathsWithTheirWeakestLink() {
        ApiClient api = ApiClient.newMember(port);
        UUID ana = api.post(
                        "/api/v1/people",
                        person().named("Ana Ruiz")
                                .with("roles", List.of(role("Globex", "2020-01-01", "2024-06-30")))
                                .withCadence(30, "professional", "personal")
                                .build())
                .id();
        UUID bob = api.post(
                        "/api/v1/people",
                        person().named("Bob Stone")
                                .with(
                                        "roles",
                                        List.of(
                                                role("Globex", "2021-01-01", "2023-12-31"),
                                                role("Acme Robotics", "2024-01-01", null)))
                                .build())
                .id();
        UUID evil = api.post(
                        "/api/v1/people",
                        person().named(EVIL)
                                .with("roles", List.of(role("Acme Robotics", "2025-01-01", null)))
                                .build())
                .id();
        for (int days : new int[] {3, 30, 90}) {
            api.post(
                    "/api/v1/encounters",
                    encounter()
                            .with(ana)
                            .at(OffsetDateTime.now(ZoneOffset.UTC)
                                    .minusDays(days)
                                    .withNano(0)
                                    .toString())
                            .build());
        }
        api.post(
                "/api/v1/connections",
                Map.of("personAId", ana.toString(), "personBId", evil.toString(), "strength", 0.3, "type", "friend"));
        UUID acme = UUID.fromString(api.get("/api/v1/people/" + bob)
                .json()
                .get("roles")
                .get(1)
                .get("organizationId")
                .asString());

        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type("#username", api.email).type("#password", ApiClient.PASSWORD);
            browser.submit("form[action='/login'] button[type=submit]");

            browser.go("/people/" + bob);
            String reach = browser.find("#reach").getText();
            assertThat(reach)
                    .contains("How to reach Bob Stone")
                    .contains("You → Ana Ruiz → Bob Stone")
                    .contains("worked together at Globex 2021–2023")
                    .contains("Weakest link:");
            browser.screenshot("how-to-reach-person", 1280);

            browser.go("/organizations/" + acme);
            reach = browser.find("#reach").getText();
            assertThat(reach)
                    .contains("How to reach Acme Robotics")
                    .contains("You → Ana Ruiz → Bob Stone")
                    .contains("You → Ana Ruiz → " + EVIL)
                    .contains("connected as friend, strength set to 30%");
            assertThat(browser.driver.findElements(By.tagName("img"))).isEmpty();
            assertThat(browser.driver.getPageSource()).doesNotContain(EVIL);
            // Best first: the Globex path (strength × 0.6) before the friend set at 0.3.
            assertThat(reach.indexOf("Bob Stone")).isLessThan(reach.indexOf(EVIL));
            browser.screenshot("how-to-reach-organization", 1280).screenshot("how-to-reach-organization", 375);
        }
    }

    private static Map<String, Object> role(String organization, String start, String end) {
        var role = new LinkedHashMap<String, Object>();
        role.put("organization", organization);
        role.put("title", "Engineer");
        role.put("start", start);
        role.put("end", end);
        return role;
    }
}
