package org.rapport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.rapport.testing.WebSession;
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

    /** Forms a viewer may still send: their own profile, password, tokens and feed; signing up. */
    private static final Set<String> VIEWER_MAY_POST = Set.of(
            "POST /settings/profile",
            "POST /settings/password",
            "POST /settings/tokens",
            "POST /settings/tokens/{id}/revoke",
            "POST /settings/feed",
            "POST /settings/feed/disable",
            "POST /signup",
            "POST /join/{token}");

    /** Forms only owners may send. */
    private static final Set<String> OWNERS_ONLY_FORMS = Set.of(
            "POST /settings/team/name",
            "POST /settings/team/invitations",
            "POST /settings/team/invitations/{id}/revoke",
            "POST /settings/team/members/{id}/role",
            "POST /settings/team/members/{id}/remove",
            "POST /settings/cadence",
            "POST /settings/restore");

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

    @Test
    void aViewersFormsAreRefusedButTheirOwnAccountsAndAnEditorsOwnerForms() throws Exception {
        ApiClient owner = ApiClient.newMember(port);
        WebSession viewer = WebSession.signedIn(port, owner.invite("viewer").email);
        WebSession editor = WebSession.signedIn(port, owner.invite("editor").email);
        String viewerCsrf = viewer.csrf();
        String editorCsrf = editor.csrf();

        Map<String, Integer> viewerAnswers = new TreeMap<>();
        Map<String, Integer> editorAnswers = new TreeMap<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.equals("/error") || pattern.equals("/logout")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (method == RequestMethod.GET) {
                        continue;
                    }
                    String endpoint = method.name() + " " + pattern;
                    String path =
                            pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    viewerAnswers.put(endpoint, form(viewer, method, path, info, viewerCsrf));
                    editorAnswers.put(endpoint, form(editor, method, path, info, editorCsrf));
                }
            }
        }

        assertThat(viewerAnswers).as("the pages' forms").hasSizeGreaterThan(30);
        assertThat(viewerAnswers.entrySet().stream()
                        .filter(e -> e.getValue() != 403)
                        .map(Map.Entry::getKey))
                .as("what a viewer gets through: " + viewerAnswers)
                .containsExactlyInAnyOrderElementsOf(VIEWER_MAY_POST);
        assertThat(editorAnswers.entrySet().stream()
                        .filter(e -> e.getValue() == 403)
                        .map(Map.Entry::getKey))
                .as("what an editor is refused: " + editorAnswers)
                .containsExactlyInAnyOrderElementsOf(OWNERS_ONLY_FORMS);
    }

    private static int form(WebSession web, RequestMethod method, String path, RequestMappingInfo info, String csrf)
            throws Exception {
        boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
                .anyMatch(t -> t.includes(MediaType.MULTIPART_FORM_DATA));
        // The CSRF token rides in the header, so multipart forms pass the CSRF filter too.
        var request = web.request(path)
                .header("X-CSRF-TOKEN", csrf)
                .header(
                        "Content-Type",
                        multipart ? "multipart/form-data; boundary=none" : "application/x-www-form-urlencoded")
                .method(method.name(), HttpRequest.BodyPublishers.ofString(multipart ? "" : "_csrf=" + csrf));
        return web.send(request).statusCode();
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
