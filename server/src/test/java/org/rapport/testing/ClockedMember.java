package org.rapport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A new member with their own workspace on a server whose clock the test moves, and the calls the
 * goals and personal tests share. The test class puts the clock in the server and makes one per test:
 *
 * <pre>{@code
 * @RapportTest
 * @Import(MutableClock.Configuration.class)
 * class GoalApiIT {
 *     @LocalServerPort int port;
 *     @Autowired MutableClock clock;
 *     ClockedMember me;
 *
 *     @BeforeEach
 *     void freshMemberOnAMonday() {
 *         me = ClockedMember.at(port, clock, ClockedMember.MONDAY);
 *     }
 * }
 * }</pre>
 */
public final class ClockedMember {
    /** Monday 2 November 2026, 09:00 UTC: business days count from a known weekday. */
    public static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");

    public final ApiClient api;

    private ClockedMember(ApiClient api) {
        this.api = api;
    }

    /** Sets the server's clock to {@code now}, then signs up a new member. */
    public static ClockedMember at(int port, MutableClock clock, Instant now) {
        clock.set(now);
        return on(port);
    }

    /** A new member on the server as its clock stands, e.g. a second workspace. */
    public static ClockedMember on(int port) {
        return new ClockedMember(ApiClient.newMember(port));
    }

    /** Adds the person: {@code me.person(person().named("Dana Lee").workingAt("Globex", "CTO"))}; answers their id. */
    public UUID person(PersonMother person) {
        var created = api.post("/api/v1/people", person.build());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    /** A goal of this kind ({@code job_search} or {@code business}) titled "A kind goal". */
    public UUID goal(String kind) {
        return goal(kind, "A " + kind + " goal");
    }

    public UUID goal(String kind, String title) {
        var created = api.post("/api/v1/goals", Map.of("kind", kind, "title", title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.id();
    }

    /** Adds a target organization to a job search; answers the server's answer, refusals included. */
    public ApiClient.Response addTarget(UUID goal, Map<String, ?> target) {
        return api.post("/api/v1/goals/" + goal + "/targets", target);
    }

    /** Adds a person (or, to a business goal, an organization) to a goal's pipeline; refusals included. */
    public ApiClient.Response addEntry(UUID goal, Map<String, ?> entry) {
        return api.post("/api/v1/goals/" + goal + "/entries", entry);
    }

    public ApiClient.Response moveEntry(UUID goal, UUID entry, String stage) {
        return api.post("/api/v1/goals/" + goal + "/entries/" + entry + "/moves", Map.of("stage", stage));
    }

    public ApiClient.Response moveTarget(UUID goal, UUID target, String stage) {
        return api.post("/api/v1/goals/" + goal + "/targets/" + target + "/moves", Map.of("stage", stage));
    }

    /** The goal's pipeline as {@code GET /api/v1/goals/{id}} shows it. */
    public JsonNode pipeline(UUID goal) {
        return api.get("/api/v1/goals/" + goal).json().get("pipeline");
    }

    /** One entry of the goal's pipeline. */
    public JsonNode entry(UUID goal, UUID entry) {
        return byId(pipeline(goal).get("entries"), entry);
    }

    /** One target of the job search's pipeline. */
    public JsonNode target(UUID goal, UUID target) {
        return byId(pipeline(goal).get("targets"), target);
    }

    private static JsonNode byId(JsonNode array, UUID id) {
        for (JsonNode item : array) {
            if (item.get("id").asString().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    /** The texts of a JSON array of strings. */
    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asString()));
        return texts;
    }

    /** One field of each object of a JSON array, as text. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asString()));
        return texts;
    }
}
