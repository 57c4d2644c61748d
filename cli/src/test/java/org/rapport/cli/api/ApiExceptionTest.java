package org.rapport.cli.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiExceptionTest {

    @Test
    void aProblemIsOneLineOfTitleAndDetail() {
        var e = ApiClient.error(
                409,
                "application/problem+json",
                "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"Stale version 3\"}");
        assertThat(e.getMessage()).isEqualTo("Conflict: Stale version 3");
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.endpointMissing()).isFalse();
    }

    @Test
    void fieldErrorsAreNamedOnceEvenWhenTheDetailRepeatsThem() {
        var e = ApiClient.error(
                400,
                "application/problem+json",
                "{\"title\":\"Invalid request\",\"detail\":\"displayName: is required\","
                        + "\"errors\":[{\"field\":\"displayName\",\"message\":\"is required\"},{\"field\":\"emails[0].value\",\"message\":\"must be an email\"}]}");
        assertThat(e.getMessage())
                .isEqualTo("Invalid request: displayName: is required; emails[0].value: must be an email");
    }

    @Test
    void fileErrorsNameTheirLine() {
        var e = ApiClient.error(
                422,
                "application/problem+json",
                "{\"title\":\"Unprocessable file\",\"detail\":\"The file has 1 error; nothing was imported\","
                        + "\"errors\":[{\"line\":7,\"message\":\"no name\"}]}");
        assertThat(e.getMessage())
                .isEqualTo("Unprocessable file: The file has 1 error; nothing was imported — line 7: no name");
    }

    @Test
    void aMissingEndpointIsToldFromAMissingRecord() {
        var noEndpoint = ApiClient.error(
                404,
                "application/problem+json",
                "{\"title\":\"Not Found\",\"detail\":\"There is nothing at this address\"}");
        var noRecord = ApiClient.error(
                404, "application/problem+json", "{\"title\":\"Not found\",\"detail\":\"No person with id 1\"}");
        var notRapport = ApiClient.error(404, "text/html", "<h1>Not found</h1>");
        assertThat(noEndpoint.endpointMissing()).isTrue();
        assertThat(noRecord.endpointMissing()).isFalse();
        assertThat(notRapport.endpointMissing()).isTrue();
        assertThat(notRapport.getMessage()).isEqualTo("HTTP 404");
    }

    @Test
    void serverAddressesAreTidied() {
        assertThat(ApiClient.normalize("localhost:8080")).isEqualTo("http://localhost:8080");
        assertThat(ApiClient.normalize(" https://crm.example/api/v1/ ")).isEqualTo("https://crm.example");
        assertThat(ApiClient.encode("Ana María & co")).isEqualTo("Ana%20Mar%C3%ADa%20%26%20co");
    }
}
