package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@RapportTest
class PersonApiIT {
    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newWorkspace() {
        api = ApiClient.newMember(port);
    }

    @Test
    void createdPersonReadsBackWithEveryField() {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("displayName", "José Núñez");
        body.put("givenName", "José");
        body.put("familyName", "Núñez");
        body.put("emails", List.of(Map.of("value", "jose@example.com", "label", "work")));
        body.put("phones", List.of(Map.of("value", "+1 555 0100", "label", "mobile")));
        body.put("links", List.of(Map.of("url", "linkedin.com/in/jose", "label", "linkedin")));
        body.put("addresses", List.of(Map.of("city", "Lisbon", "country", "Portugal")));
        body.put("roles", List.of(Map.of("organization", "Acme, Inc.", "title", "CTO", "start", "2019-03")));
        body.put("birthday", "1990-04-15");
        body.put("tags", List.of("friends", "Friends", "data"));
        body.put("notes", "Met at the meetup");
        body.put("howWeMet", Map.of("story", "PyCon hallway"));
        body.put("relationship", Map.of("kinds", List.of("professional", "job_search"), "closenessTier", "close"));
        var created = api.post("/api/v1/people", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var read = api.get("/api/v1/people/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        var p = read.json();
        assertThat(p.get("displayName").asString()).isEqualTo("José Núñez");
        assertThat(p.get("emails").get(0).get("value").asString()).isEqualTo("jose@example.com");
        assertThat(p.get("phones").get(0).get("label").asString()).isEqualTo("mobile");
        assertThat(p.get("links").get(0).get("url").asString()).isEqualTo("https://linkedin.com/in/jose");
        assertThat(p.get("addresses").get(0).get("city").asString()).isEqualTo("Lisbon");
        assertThat(p.get("roles").get(0).get("organization").asString()).isEqualTo("Acme, Inc.");
        assertThat(p.get("roles").get(0).get("organizationId").asString()).isNotBlank();
        assertThat(p.get("roles").get(0).get("current").asBoolean()).isTrue();
        assertThat(p.get("birthday").asString()).isEqualTo("1990-04-15");
        assertThat(p.get("tags").toString()).isEqualTo("[\"data\",\"friends\"]");
        assertThat(p.get("howWeMet").get("story").asString()).isEqualTo("PyCon hallway");
        assertThat(p.get("relationship").get("kinds").toString()).isEqualTo("[\"professional\",\"job_search\"]");
        assertThat(p.get("relationship").get("closenessTier").asString()).isEqualTo("close");
        assertThat(p.get("relationship").get("effectiveCadenceDays").asInt()).isEqualTo(30);
        assertThat(p.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void unicodeNamesAndNotesRoundTripExactly() {
        for (String text : List.of("Zoë Ñúñez-李", "山田 太郎", "محمد الأحمد", "שלום עליכם", "Ana 🙂👩🏽‍💻", "Ørjan Ås")) {
            var created = api.post(
                    "/api/v1/people",
                    person().named(text).with("notes", "notes: " + text).build());
            assertThat(created.status()).isEqualTo(201);
            var read = api.get("/api/v1/people/" + created.id()).json();
            assertThat(read.get("displayName").asString()).isEqualTo(text);
            assertThat(read.get("notes").asString()).isEqualTo("notes: " + text);
        }
    }

    @Test
    void birthdayWithoutYearRoundTripsAndImpossibleDatesAreRefused() {
        var created =
                api.post("/api/v1/people", person().with("birthday", "--02-29").build());
        assertThat(api.get("/api/v1/people/" + created.id())
                        .json()
                        .get("birthday")
                        .asString())
                .isEqualTo("--02-29");
        var bad =
                api.post("/api/v1/people", person().with("birthday", "--02-30").build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("birthday");
    }

    @Test
    void patchChangesOnlyWhatIsSentAndAStaleVersionIsAConflict() {
        var created = api.post(
                "/api/v1/people",
                person().named("Ada")
                        .withEmail("ada@example.com")
                        .withCadence(30, "personal")
                        .build());
        var patched = api.patch(
                "/api/v1/people/" + created.id(),
                Map.of(
                        "notes",
                        "likes engines",
                        "version",
                        1,
                        "relationship",
                        Map.of("closenessTier", "inner_circle")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("notes").asString()).isEqualTo("likes engines");
        assertThat(patched.json().get("emails").get(0).get("value").asString()).isEqualTo("ada@example.com");
        assertThat(patched.json().get("relationship").get("cadenceDays").asInt())
                .isEqualTo(30);
        assertThat(patched.json().get("relationship").get("closenessTier").asString())
                .isEqualTo("inner_circle");
        assertThat(patched.version()).isEqualTo(2);

        var stale = api.patch("/api/v1/people/" + created.id(), Map.of("notes", "overwritten", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/people/" + created.id()).json().get("notes").asString())
                .isEqualTo("likes engines");

        var noVersion = api.patch("/api/v1/people/" + created.id(), Map.of("notes", "x"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.errorFields()).containsExactly("version");
    }

    @Test
    void validationNamesEveryBadField() {
        var response = api.post(
                "/api/v1/people",
                Map.of(
                        "displayName", " ",
                        "emails", List.of(Map.of("value", "not-an-email")),
                        "links", List.of(Map.of("url", "javascript:alert(1)")),
                        "tags", List.of(""),
                        "relationship", Map.of("cadenceDays", 0)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.errorFields())
                .containsExactlyInAnyOrder(
                        "displayName", "emails[0].value", "links[0].url", "tags[0]", "relationship.cadenceDays");
    }

    @Test
    void wrongTypesAndUnknownValuesAreNamedByField() {
        var response = api.post(
                "/api/v1/people",
                Map.of(
                        "displayName", "Ok",
                        "emails", "ada@example.com",
                        "relationship", Map.of("kinds", List.of("networking"), "closenessTier", "bestie")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains("emails");
        assertThat(response.body()).contains("an array");
        var kinds = api.post(
                "/api/v1/people", Map.of("displayName", "Ok", "relationship", Map.of("kinds", List.of("networking"))));
        assertThat(kinds.errorFields()).containsExactly("relationship.kinds[0]");
        assertThat(kinds.body()).contains("personal, professional, business, job_search");
    }

    @Test
    void listPagesFiltersAndSearchesIgnoringCaseAndAccents() {
        api.post(
                "/api/v1/people",
                person().named("José Núñez")
                        .withEmail("jose@acme.example")
                        .withCadence(30, "job_search")
                        .build());
        api.post(
                "/api/v1/people",
                person().named("Ana Ruiz").with("tags", List.of("Neighbours")).build());
        api.post(
                "/api/v1/people",
                person().named("Bob Stone").workingAt("Acme", "Engineer").build());

        assertThat(names(api.get("/api/v1/people?q=NUNEZ"))).containsExactly("José Núñez");
        assertThat(names(api.get("/api/v1/people?q=acme.example"))).containsExactly("José Núñez");
        assertThat(names(api.get("/api/v1/people?kind=job_search"))).containsExactly("José Núñez");
        assertThat(names(api.get("/api/v1/people?tag=neighbours"))).containsExactly("Ana Ruiz");
        assertThat(names(api.get("/api/v1/people?q=%25"))).isEmpty();

        var page = api.get("/api/v1/people?size=2&page=0");
        assertThat(page.json().get("total").asLong()).isEqualTo(3);
        assertThat(page.json().get("size").asInt()).isEqualTo(2);
        assertThat(names(page)).containsExactly("Ana Ruiz", "Bob Stone");
        assertThat(names(api.get("/api/v1/people?size=2&page=1"))).containsExactly("José Núñez");
        assertThat(api.get("/api/v1/people?size=1000").json().get("size").asInt())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/people?page=-1").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people?kind=networking").errorFields()).containsExactly("kind");
    }

    @Test
    void listTotalsFollowEveryWriteAtOnce() {
        api.post("/api/v1/people", person().named("One").build());
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/people?kind=personal").json().get("total").asLong())
                .isZero();
        var two = api.post(
                "/api/v1/people",
                person().named("Two").withCadence(7, "personal").build());
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/people?kind=personal").json().get("total").asLong())
                .isEqualTo(1);
        api.delete("/api/v1/people/" + two.id());
        assertThat(api.get("/api/v1/people").json().get("total").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/people?kind=personal").json().get("total").asLong())
                .isZero();
    }

    @Test
    void peopleAtAnOrganizationAreFoundByItsId() {
        var bob = api.post(
                "/api/v1/people",
                person().named("Bob").workingAt("Acme", "Engineer").build());
        api.post(
                "/api/v1/people",
                person().named("Cy").workingAt("ACME", "Sales").build());
        api.post(
                "/api/v1/people", person().named("Di").workingAt("Other", "CEO").build());
        String acme = bob.json().get("roles").get(0).get("organizationId").asString();
        assertThat(names(api.get("/api/v1/people?organizationId=" + acme))).containsExactly("Bob", "Cy");
    }

    @Test
    void deletedPersonIsGoneAndIntroductionsToOthersAreForgotten() {
        var introducer =
                api.post("/api/v1/people", person().named("Intro Ducer").build());
        var friend = api.post(
                "/api/v1/people",
                person().named("Friend")
                        .with(
                                "howWeMet",
                                Map.of(
                                        "story",
                                        "via Intro",
                                        "introducedById",
                                        introducer.id().toString()))
                        .build());
        assertThat(friend.json().get("howWeMet").get("introducedById").asString())
                .isEqualTo(introducer.id().toString());

        assertThat(api.delete("/api/v1/people/" + introducer.id()).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/people/" + introducer.id()).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/people/" + introducer.id()).status()).isEqualTo(404);
        var after = api.get("/api/v1/people/" + friend.id()).json();
        assertThat(after.get("howWeMet").get("introducedById").isNull()).isTrue();
        assertThat(after.get("howWeMet").get("story").asString()).isEqualTo("via Intro");
    }

    private static List<String> names(ApiClient.Response response) {
        List<String> names = new java.util.ArrayList<>();
        response.json().get("items").forEach(p -> names.add(p.get("displayName").asString()));
        return names;
    }
}
