package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The import pages in a real browser: upload, preview, confirm, watch it finish, undo it; a broken
 * file named by its line; possible duplicates merged from their review page.
 */
@RapportTest
class ImportBrowserIT {
    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    @Test
    void uploadPreviewConfirmUndoAndMergeDuplicates() throws Exception {
        ApiClient api = ApiClient.newMember(port);
        Path linkedIn = copy("linkedin-connections.csv");
        Path broken = copy("bad-unterminated-quote.csv");
        try (Browser browser = Browser.open(port)) {
            browser.go("/login").type("#username", api.email).type("#password", ApiClient.PASSWORD);
            browser.submit("main button[type=submit]");
            assertThat(browser.text()).contains("Import your contacts");
            browser.submit("main a[href='/imports']");

            browser.find("#import-file").sendKeys(linkedIn.toString());
            browser.submit(".import-form button[type=submit]");
            assertThat(browser.find("h1").getText()).isEqualTo("Preview: linkedin-connections.csv");
            assertThat(browser.text())
                    .contains("Created\n4")
                    .contains("Skipped\n2")
                    .contains("Inés Montoya-Ruiz");
            assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();
            browser.screenshot("import-preview", 1280).screenshot("import-preview", 375);

            browser.submit("main form.actions button[type=submit]");
            new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> browser.text().contains("Status: done"));
            assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(4);

            browser.go("/imports");
            assertThat(browser.text()).contains("linkedin-connections.csv");
            browser.screenshot("imports", 1280).screenshot("imports", 375);
            browser.submit("main table form button");
            assertThat(browser.text()).contains("Undone: the import of linkedin-connections.csv.");
            assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();

            browser.find("#import-file").sendKeys(broken.toString());
            browser.submit(".import-form button[type=submit]");
            assertThat(browser.text())
                    .contains("bad-unterminated-quote.csv cannot be imported")
                    .contains("Line 2: a quoted field opened on this line is never closed");

            api.post(
                    "/api/v1/people",
                    person().named("Ana Lopez").workingAt("Acme", "CTO").build());
            api.post(
                    "/api/v1/people",
                    person().named("Ana López")
                            .workingAt("Beta <b>Corp</b>", "Advisor")
                            .build());
            browser.go("/people/duplicates");
            assertThat(browser.text())
                    .contains("same name, different organization")
                    .contains("Beta <b>Corp</b>");
            browser.screenshot("duplicates", 1280);
            browser.submit("main .duplicates form button");
            assertThat(browser.text()).contains("Merged into Ana Lopez.").contains("No possible duplicates.");
            assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        }
    }

    private Path copy(String fixture) throws Exception {
        Path file = temp.resolve(fixture);
        Files.write(file, Uploads.fixture(fixture));
        return file;
    }
}
