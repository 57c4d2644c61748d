package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Inviting a teammate and joining through the pages, in Chromium. */
@RapportTest
class TeamBrowserIT {
    @LocalServerPort
    int port;

    @Test
    void anOwnerInvitesATeammateWhoJoinsThroughTheLinkAndSeesTheSharedPeople() {
        ApiClient owner = ApiClient.newMember(port);
        owner.post("/api/v1/people", person().named("Carla Shared").build());
        String link;
        try (Browser browser = Browser.open(port)) {
            signIn(browser, owner.email);
            browser.go("/settings");
            browser.type("#workspace-name", "Acme sales");
            browser.submit("#workspace-name-form button[type=submit]");
            assertThat(browser.text()).contains("The workspace is now called Acme sales.");
            browser.type("#invite-email", "dana@example.org");
            browser.find("#invite-role option[value='editor']").click();
            browser.submit("#invite-form button[type=submit]");
            link = browser.find("#invitation-link").getText();
            assertThat(link).contains("/join/rpi_");
            assertThat(browser.find("#invitations").getText())
                    .contains("dana@example.org")
                    .contains("Editor");
            browser.screenshot("team-settings", 1280);
        }
        try (Browser invitee = Browser.open(port)) {
            invitee.driver.get(link.replace("127.0.0.1", "localhost"));
            assertThat(invitee.find("h1").getText()).isEqualTo("Join Acme sales on Rapport");
            assertThat(invitee.find("#email").getAttribute("value")).isEqualTo("dana@example.org");
            assertThat(invitee.find("#email").getAttribute("readonly")).isNotNull();
            invitee.screenshot("team-join", 1280);
            invitee.type("#name", "Dana Newcomer").type("#password", ApiClient.PASSWORD);
            invitee.submit("form button[type=submit]");
            assertThat(invitee.path()).isEqualTo("/login?joined");
            assertThat(invitee.text()).contains("You joined the workspace");

            signIn(invitee, "dana@example.org");
            invitee.go("/people");
            assertThat(invitee.text()).contains("Carla Shared");
            invitee.go("/settings");
            assertThat(invitee.find("#members").getText())
                    .contains("Dana Newcomer")
                    .contains("Editor")
                    .contains("Test Member")
                    .contains("Owner");
            assertThat(invitee.driver.findElements(org.openqa.selenium.By.id("invite-form")))
                    .isEmpty();
        }
        assertThat(owner.get("/api/v1/workspace/members").json().get("total").asLong())
                .isEqualTo(2);
    }

    private static void signIn(Browser browser, String email) {
        browser.go("/login");
        browser.type("#username", email).type("#password", ApiClient.PASSWORD);
        browser.submit("form[action='/login'] button[type=submit]");
    }
}
