package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.testing.ApiClient;
import org.rapport.testing.Browser;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Moving to a new account in Chromium: the settings page offers the exports and restores a backup. */
@RapportTest
class BackupBrowserIT {
    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void aBackupOfOneAccountRestoresIntoANewOneFromTheSettingsPage() throws Exception {
        ApiClient source = ApiClient.newMember(port);
        source.post(
                "/api/v1/people",
                person().named("Ana María Ruiz").withEmail("ana@example.org").build());
        Path backup = dir.resolve("rapport-backup.json");
        Files.writeString(backup, source.get("/api/v1/export?format=json").body(), StandardCharsets.UTF_8);
        ApiClient target = ApiClient.newMember(port);

        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            browser.type("#username", target.email).type("#password", ApiClient.PASSWORD);
            browser.submit("form[action='/login'] button[type=submit]");
            browser.go("/settings");
            assertThat(browser.find("#backup a[href='/api/v1/export?format=json']")
                            .getText())
                    .isEqualTo("Download a backup (JSON)");
            assertThat(browser.find("#backup a[href='/api/v1/export?format=csv']")
                            .getText())
                    .isEqualTo("Google Contacts CSV");

            browser.find("#backup-file").sendKeys(backup.toString());
            browser.submit("#backup button[type=submit]");

            assertThat(browser.text()).contains("Restored 1 people.");
            browser.go("/people");
            assertThat(browser.text()).contains("Ana María Ruiz");
        }
    }
}
