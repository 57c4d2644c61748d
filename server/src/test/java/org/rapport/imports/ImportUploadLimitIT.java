package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** The upload limit is a setting (50 MB by default); a larger file answers 413 problem+json and changes nothing. */
@RapportTest
@TestPropertySource(
        properties = {
            "spring.servlet.multipart.max-file-size=64KB",
            "spring.servlet.multipart.max-request-size=65KB",
            "rapport.test.context=upload-limit"
        })
class ImportUploadLimitIT {
    @LocalServerPort
    int port;

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        ApiClient api = ApiClient.newMember(port);
        byte[] big =
                new String(ImportMemoryIT.linkedIn(2_000), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(65 * 1024);
        var r = Uploads.upload(api, "", "Connections.csv", big);
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.text("detail")).contains("64KB");
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isZero();

        var small = Uploads.upload(api, "", "linkedin-connections.csv");
        assertThat(small.status()).as(small.body()).isEqualTo(200);
    }
}
