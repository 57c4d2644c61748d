package org.rapport.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** People as the API takes them: {@code PersonMother.person().named("Ada Lovelace").build()}. */
public final class PersonMother {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<Map<String, Object>> emails = new ArrayList<>();
    private final List<Map<String, Object>> roles = new ArrayList<>();

    private PersonMother() {
        fields.put("displayName", "Ada Lovelace");
    }

    public static PersonMother person() {
        return new PersonMother();
    }

    public PersonMother named(String displayName) {
        fields.put("displayName", displayName);
        return this;
    }

    public PersonMother withEmail(String email) {
        emails.add(Map.of("value", email, "label", "work"));
        return this;
    }

    public PersonMother workingAt(String organization, String title) {
        roles.add(Map.of("organization", organization, "title", title));
        return this;
    }

    public PersonMother withCadence(int days, String... kinds) {
        fields.put("relationship", Map.of("cadenceDays", days, "kinds", List.of(kinds)));
        return this;
    }

    public PersonMother with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        if (!emails.isEmpty()) {
            body.put("emails", emails);
        }
        if (!roles.isEmpty()) {
            body.put("roles", roles);
        }
        return body;
    }
}
