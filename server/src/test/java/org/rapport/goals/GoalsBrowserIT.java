package org.rapport.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.ClockedMember;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A job search in a real browser: start the goal, add a target and a person there, write an advice
 * request with the live checker, log it as sent, and see the 3-day suggestion once the clock moves.
 */
@RapportTest
@Import(MutableClock.Configuration.class)
class GoalsBrowserIT {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    /** htmx swaps the checker on every pause in typing: read it again until it says this. */
    private static void checkerSays(Browser browser, String text) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(org.openqa.selenium.By.id("checker"))
                        .getText()
                        .contains(text));
    }

    @Test
    void aJobSearchFromTargetToTheThreeDaySuggestion() {
        ClockedMember me = ClockedMember.at(port, clock, ClockedMember.MONDAY);
        me.person(person().named("Omar Diaz").workingAt("Globex", "Engineer"));
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type("#username", me.api.email).type("#password", ApiClient.PASSWORD);
            browser.submit("form[action='/login'] button[type=submit]");

            browser.go("/goals");
            assertThat(browser.find("header nav a.active").getText()).isEqualTo("Goals");
            new Select(browser.find("#goal-kind")).selectByValue("job_search");
            browser.type("#goal-title", "Platform roles <2027>");
            browser.submit("form[action='/goals'] button[type=submit]");
            assertThat(browser.find("h1").getText())
                    .contains("Platform roles <2027>")
                    .contains("Job search");

            browser.type("#target-organization", "Globex");
            new Select(browser.find("#target-motivation")).selectByValue("3");
            browser.type("#target-roles", "Data engineer, Platform engineer");
            browser.find("#add-target input[name=posting]").click();
            browser.submit("#add-target button[type=submit]");
            assertThat(browser.text()).contains("Added Globex to the targets");
            assertThat(browser.find("#targets tbody").getText())
                    .contains("Globex")
                    .contains("Data engineer, Platform engineer");

            browser.type("#entry-name", "Dana Lee").type("#entry-organization", "Globex");
            browser.submit("#add-entry button[type=submit]");
            assertThat(browser.find("#stage-identified").getText()).contains("Dana Lee");

            browser.submit("#compose");
            new Select(browser.find("#compose-to")).selectByVisibleText("Dana Lee");
            browser.type("#compose-connection", "Priya Shah");
            // The live checker flags "job" as it is typed (htmx), and the message is over when fixed.
            browser.type("#message", "Priya Shah suggested I write. I would love a job at Globex. Could we talk?");
            browser.waitFor("#checker [data-flag=mentions_job]");
            checkerSays(browser, "ask for advice or information, not a job");
            browser.type(
                    "#message",
                    "Hi Dana, Priya Shah suggested I write to you. Your work on the Globex platform is what "
                            + "I hope to learn from. Would you have 15 minutes to share your advice?");
            browser.waitUntilGone("#checker [data-flag=mentions_job]");
            checkerSays(browser, "Looks good");
            assertThat(browser.find("#mailto").getAttribute("href"))
                    .startsWith("mailto:")
                    .contains("Priya%20Shah");
            browser.screenshot("goal-compose", 1280);
            browser.submit("#log-sent");
            assertThat(browser.text()).contains("Logged your advice request to Dana Lee: awaiting a reply");
            assertThat(browser.find("#stage-contacted").getText()).contains("Dana Lee");
            assertThat(browser.find("#outreach").getText()).contains("awaiting");
            // Globex followed Dana to contacted by itself; the member moves it on by hand.
            assertThat(browser.find("#targets tbody").getText()).contains("Contacted since 2026-11-02");
            browser.click("#targets details.history summary");
            assertThat(browser.find("#targets details.history").getText())
                    .contains("2026-11-02 Contacted (Dana Lee reached contacted)");
            new Select(browser.find("#targets select[name=stage]")).selectByValue("followed_up");
            browser.submit("#targets form.move button[type=submit]");
            assertThat(browser.text()).contains("Moved Globex to Followed up");
            assertThat(browser.driver.findElements(org.openqa.selenium.By.id("suggestions")))
                    .isEmpty();

            clock.advance(Duration.ofDays(3)); // Thursday: three business days without a reply
            browser.go(browser.path());
            assertThat(browser.find("#suggestions").getText())
                    .contains("No reply from Dana Lee in 3 business days: reach Omar Diaz at Globex.");
            browser.screenshot("goal-board", 1280).screenshot("goal-board", 375);

            // The advice conversation: who else should I talk to? adds people introduced by Dana.
            browser.submit("#stage-contacted article a[href$='/conversation']");
            browser.type("#conversation-notes", "Talk to the platform team first.");
            browser.type("#who-else", "Kim Park, Globex");
            browser.submit("main form button[type=submit]");
            assertThat(browser.text())
                    .contains("a thank-you is due tomorrow")
                    .contains("added 1 people they suggested");
            assertThat(browser.find("#stage-conversation_held").getText()).contains("Dana Lee");
            assertThat(browser.find("#stage-identified").getText()).contains("Kim Park");
            assertThat(browser.find("#targets tbody").getText())
                    .as("Dana's conversation does not pull Globex back from followed up")
                    .contains("Followed up since 2026-11-02");

            browser.go("/insights");
            assertThat(browser.find("h1").getText()).isEqualTo("Insights");
            assertThat(browser.find("#chart-conversations svg")).isNotNull();
            assertThat(browser.text()).contains("Platform roles <2027>: how far people and organizations got");
            browser.screenshot("insights", 1280);
        }
    }
}
