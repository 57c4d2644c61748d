package org.rapport.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Encounters as the API takes them: {@code EncounterMother.encounter().with(ana).received("advice", "…", ana).build()}. */
public final class EncounterMother {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<String> participants = new ArrayList<>();
    private final List<Map<String, Object>> gave = new ArrayList<>();
    private final List<Map<String, Object>> received = new ArrayList<>();

    private EncounterMother() {
        fields.put("occurredAt", "2026-11-20T10:00:00Z");
        fields.put("kind", "professional");
        fields.put("channel", "in_person");
        fields.put("title", "Coffee");
    }

    public static EncounterMother encounter() {
        return new EncounterMother();
    }

    public EncounterMother with(UUID... people) {
        for (UUID p : people) {
            participants.add(p.toString());
        }
        return this;
    }

    public EncounterMother at(String occurredAt) {
        fields.put("occurredAt", occurredAt);
        return this;
    }

    public EncounterMother kind(String kind) {
        fields.put("kind", kind);
        return this;
    }

    public EncounterMother gave(String type, String description) {
        gave.add(Map.of("type", type, "description", description));
        return this;
    }

    public EncounterMother received(String type, String description, UUID from) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("type", type);
        x.put("description", description);
        if (from != null) {
            x.put("personId", from.toString());
        }
        received.add(x);
        return this;
    }

    public EncounterMother set(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("participantIds", participants);
        body.put("gave", gave);
        body.put("received", received);
        return body;
    }
}
