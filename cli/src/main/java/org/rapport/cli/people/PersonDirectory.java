package org.rapport.cli.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.cli.api.ApiClient;
import org.rapport.cli.api.Json;

/** The people endpoints the commands use. */
public final class PersonDirectory {
    /** The most the API lists in one page. */
    static final int PAGE = 200;

    private final ApiClient api;

    public PersonDirectory(ApiClient api) {
        this.api = api;
    }

    /** People whose names, emails, phones or links contain {@code q}, first page only. */
    public List<Map<String, Object>> search(String q, int limit) {
        Object page = api.get("/people?q=" + ApiClient.encode(q) + "&size=" + Math.min(limit, PAGE));
        List<Map<String, Object>> people = new ArrayList<>();
        for (Object item : Json.list(Json.object(page), "items")) {
            people.add(Json.object(item));
        }
        return people;
    }

    public Map<String, Object> get(String id) {
        return Json.object(api.get("/people/" + ApiClient.encode(id)));
    }

    /** A new person by name, with a relationship of the given kind (the wire name), if any. */
    public Map<String, Object> create(String displayName, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        if (kind != null) {
            body.put("relationship", Map.of("kinds", List.of(kind)));
        }
        return Json.object(api.post("/people", body));
    }

    /** "CTO at Acme" from a person's first current role, or "". */
    public static String role(Map<String, Object> person) {
        for (Object r : Json.list(person, "roles")) {
            Map<String, Object> role = Json.object(r);
            if (Boolean.FALSE.equals(role.get("current"))) {
                continue;
            }
            String title = Json.text(role, "title");
            String org = Json.text(role, "organization");
            return title.isEmpty() ? org : org.isEmpty() ? title : title + " at " + org;
        }
        return "";
    }

    /** "Ana Ruiz (CTO at Acme) 0190…": enough to tell two Anas apart. */
    public static String describe(Map<String, Object> person) {
        String role = role(person);
        String email = Json.list(person, "emails").isEmpty()
                ? ""
                : Json.text(Json.object(Json.list(person, "emails").get(0)), "value");
        StringBuilder s = new StringBuilder(Json.text(person, "displayName"));
        if (!role.isEmpty()) {
            s.append(" — ").append(role);
        }
        if (!email.isEmpty()) {
            s.append(" <").append(email).append('>');
        }
        return s.append("  [").append(Json.text(person, "id")).append(']').toString();
    }
}
