package org.rapport.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The settings page's export links and restore form, signed in with a browser session, without JavaScript. */
@RapportTest
class BackupPageIT {

    @LocalServerPort
    int port;

    ApiClient member;
    WebSession web;

    @BeforeEach
    void signedIn() throws Exception {
        member = ApiClient.newMember(port);
        web = WebSession.signedIn(port, member.email);
    }

    @Test
    void theSettingsPageOffersEveryExportAndTheLinksWorkWithTheSession() throws Exception {
        String page = web.get("/settings").body();

        assertThat(page)
                .contains("Download a backup (JSON)", "/api/v1/export?format=json", "format=vcard&amp;version=3.0")
                .contains("/api/v1/export?format=csv", "action=\"/settings/restore\"", "multipart/form-data");
        var backup = web.get("/api/v1/export?format=json");
        assertThat(backup.statusCode()).isEqualTo(200);
        assertThat(backup.body()).startsWith("{\"format\":\"rapport-backup\"");
    }

    @Test
    void theRestoreFormRestoresABackupIntoAnEmptyWorkspace() throws Exception {
        ApiClient source = ApiClient.newMember(port);
        source.post("/api/v1/people", person().named("Ana Ruiz <b>").build());
        String backup = source.get("/api/v1/export?format=json").body();

        var answer = upload(backup, WebSession.csrf(web.get("/settings").body()));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/settings#backup");
        assertThat(web.get("/settings").body()).contains("Restored 1 people.");
        assertThat(member.get("/api/v1/people?q=ruiz").json().get("total").asLong())
                .isEqualTo(1);

        upload(backup, WebSession.csrf(web.get("/settings").body()));
        assertThat(web.get("/settings").body()).contains("only into an empty workspace");
    }

    @Test
    void aBrokenFileIsExplainedAndWithoutTheCsrfTokenTheFormIsRefused() throws Exception {
        upload(
                "{\"format\": \"rapport-backup\",\n\"version\": 1, \"tables\": {\"nope\": []}}",
                WebSession.csrf(web.get("/settings").body()));
        assertThat(web.get("/settings").body()).contains("Nothing was restored: line 2", "unknown table");

        assertThat(upload("{}", null).statusCode()).isEqualTo(403);
        assertThat(member.get("/api/v1/people").json().get("total").asLong()).isZero();
    }

    private HttpResponse<String> upload(String content, String csrf) throws Exception {
        String boundary = "----rapport" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.writeBytes(
                    ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return web.client.send(
                web.request("/settings/restore")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
