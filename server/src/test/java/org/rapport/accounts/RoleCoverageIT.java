package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint the server maps, called by a viewer and by an editor: exactly the listed ones
 * let them through, so a new endpoint is covered by the role rules without anyone remembering to.
 */
@RapportTest
class RoleCoverageIT {
    /** What a viewer may still call besides reading: their own account, tokens and feed; checks that change nothing. */
    private static final Set<String> VIEWER_MAY = Set.of(
            "POST /api/v1/accounts",
            "POST /api/v1/tokens",
            "DELETE /api/v1/tokens/{id}",
            "POST /api/v1/feeds/follow-ups/secret",
            "DELETE /api/v1/feeds/follow-ups/secret",
            "POST /api/v1/outreach/check");

    /** What only owners may call: the team, the workspace's name and settings, restoring a backup. */
    private static final Set<String> OWNERS_ONLY = Set.of(
            "PATCH /api/v1/workspace",
            "POST /api/v1/workspace/invitations",
            "GET /api/v1/workspace/invitations",
            "DELETE /api/v1/workspace/invitations/{id}",
            "PATCH /api/v1/workspace/members/{id}",
            "DELETE /api/v1/workspace/members/{id}",
            "PUT /api/v1/settings/cadence",
            "POST /api/v1/restore");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void aViewerIsRefusedEveryChangeButTheirOwnAccountsAndAnEditorEveryOwnersCall() {
        ApiClient owner = ApiClient.newMember(port);
        ApiClient viewer = owner.invite("viewer");
        ApiClient editor = owner.invite("editor");

        Map<String, Integer> viewerAnswers = new TreeMap<>();
        Map<String, Integer> editorAnswers = new TreeMap<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> endpoints(info).forEach((endpoint, contentType) -> {
                    String method = endpoint.substring(0, endpoint.indexOf(' '));
                    String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    byte[] body = contentType.startsWith("multipart") ? new byte[0] : "{}".getBytes();
                    if (!method.equals("GET")) {
                        viewerAnswers.put(
                                endpoint,
                                viewer.send(method, path, body, contentType).status());
                    }
                    editorAnswers.put(
                            endpoint,
                            editor.send(
                                            method,
                                            path,
                                            method.equals("GET") ? null : body,
                                            method.equals("GET") ? null : contentType)
                                    .status());
                }));

        assertThat(viewerAnswers).as("the API's changes").hasSizeGreaterThan(40);
        assertThat(viewerAnswers.entrySet().stream()
                        .filter(e -> e.getValue() != 403)
                        .map(Map.Entry::getKey))
                .as("what a viewer gets through: " + viewerAnswers)
                .containsExactlyInAnyOrderElementsOf(VIEWER_MAY);
        assertThat(editorAnswers.entrySet().stream()
                        .filter(e -> e.getValue() == 403)
                        .map(Map.Entry::getKey))
                .as("what an editor is refused: " + editorAnswers)
                .containsExactlyInAnyOrderElementsOf(OWNERS_ONLY);
        assertThat(owner.get("/api/v1/workspace/members").json().get("total").asLong())
                .isEqualTo(3);
    }

    /** "METHOD /pattern" of each API endpoint of a mapping, with a content type it consumes. */
    private static Map<String, String> endpoints(RequestMappingInfo info) {
        Map<String, String> endpoints = new TreeMap<>();
        var consumes = info.getConsumesCondition().getConsumableMediaTypes();
        String contentType = consumes.stream().anyMatch(t -> t.includes(MediaType.MULTIPART_FORM_DATA))
                ? "multipart/form-data; boundary=none"
                : "application/json";
        var methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (!pattern.startsWith("/api/v1/")) {
                continue;
            }
            for (RequestMethod method : methods) {
                endpoints.put(method.name() + " " + pattern, contentType);
            }
        }
        return endpoints;
    }
}
