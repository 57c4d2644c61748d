package org.rapport.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class EventApiIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void member() {
        api = ApiClient.newMember(port);
    }

    @Test
    void metPeopleAtAnEventBecomePeopleInOneEncounterWithNextDayFollowUps() {
        UUID kim =
                api.post("/api/v1/people", person().named("Kim Park").build()).id();
        var met = api.post(
                "/api/v1/events/met",
                Map.of(
                        "event", "DataConf Boston",
                        "on", "2026-11-20",
                        "lines", "Kim Park, Globex, streaming, and batch\n\nLou Ng, , the keynote\nMia Roy"));
        assertThat(met.status()).as(met.body()).isEqualTo(201);
        assertThat(met.json().get("people")).hasSize(3);
        assertThat(met.json().get("newPeople").asInt()).isEqualTo(2);
        assertThat(met.json().get("people").get(0).asString()).isEqualTo(kim.toString());
        assertThat(met.text("followUpOn")).isEqualTo("2026-11-21");

        JsonNode encounter =
                api.get("/api/v1/encounters/" + met.text("encounterId")).json();
        assertThat(encounter.get("channel").asString()).isEqualTo("event");
        assertThat(encounter.get("kind").asString()).isEqualTo("professional");
        assertThat(encounter.get("title").asString()).isEqualTo("Met 3 people at DataConf Boston");
        assertThat(encounter.get("notes").asString()).contains("Kim Park (Globex): streaming, and batch");
        assertThat(encounter.get("participantIds")).hasSize(3);

        JsonNode lou = api.get(
                        "/api/v1/people/" + met.json().get("people").get(1).asString())
                .json();
        assertThat(lou.get("displayName").asString()).isEqualTo("Lou Ng");
        assertThat(lou.get("howWeMet").get("story").asString()).isEqualTo("Met at DataConf Boston");
        JsonNode followUps = api.get("/api/v1/follow-ups?status=open&encounterId=" + met.text("encounterId"))
                .json();
        assertThat(followUps.get("total").asInt()).isEqualTo(3);
        assertThat(followUps.get("items").get(0).get("dueOn").asString()).isEqualTo("2026-11-21");
        assertThat(followUps.toString()).contains("Follow up with Kim Park from DataConf Boston: streaming, and batch");
    }

    @Test
    void aBadLineIsNamedAndNothingIsSaved() {
        var bad = api.post("/api/v1/events/met", Map.of("event", "Meetup", "lines", "Ana Ruiz, Acme\n, Nameless Corp"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("lines[2]");
        assertThat(bad.body()).contains("line 2 needs a name");
        assertThat(api.post("/api/v1/events/met", Map.of("lines", "Ana")).errorFields())
                .containsExactly("event");
        assertThat(api.post("/api/v1/events/met", Map.of("event", "Meetup")).errorFields())
                .containsExactly("lines");
        assertThat(api.get("/api/v1/people").json().get("total").asInt()).isZero();
        assertThat(api.get("/api/v1/encounters").json().get("total").asInt()).isZero();
    }

    @Test
    void anotherWorkspacesNamesakeIsNeverReused() {
        ApiClient other = ApiClient.newMember(port);
        UUID theirs =
                other.post("/api/v1/people", person().named("Kim Park").build()).id();
        var met = api.post("/api/v1/events/met", Map.of("event", "Meetup", "lines", "Kim Park"));
        assertThat(met.json().get("newPeople").asInt()).isEqualTo(1);
        assertThat(met.json().get("people").get(0).asString()).isNotEqualTo(theirs.toString());
        assertThat(other.get("/api/v1/encounters").json().get("total").asInt()).isZero();
    }
}
