package org.rapport.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.db.WorkspaceId;
import org.rapport.testing.ApiClient;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RapportTest
class DemoNetworkIT {
    /** The day London moves its clocks forward: the demo's wall-clock times must survive it. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 29);

    @LocalServerPort
    int port;

    @Autowired
    DemoNetworkService demo;

    ApiClient api;
    DemoNetwork loaded;

    @BeforeEach
    void loadIntoAFreshWorkspace() {
        api = ApiClient.newMember(port);
        loaded = demo.load(member(api), TODAY);
    }

    @Test
    void theCountsAnsweredAreWhatTheApiShows() {
        assertThat(loaded.people()).isBetween(25, 40);
        assertThat(loaded.organizations()).isBetween(8, 15);
        assertThat(loaded.encounters()).isBetween(35, 50);
        assertThat(loaded.connections()).isBetween(10, 20);
        assertThat(countsFromTheApi()).isEqualTo(loaded);
    }

    @Test
    void everyKindOfNetworkingAndEveryKindOfExchangeOccurs() {
        for (String kind : List.of("personal", "professional", "business", "job_search")) {
            assertThat(total("/api/v1/encounters?kind=" + kind)).as(kind).isGreaterThanOrEqualTo(5);
        }
        Set<String> types = new HashSet<>();
        for (JsonNode e : items("/api/v1/encounters?size=200")) {
            e.get("gave").forEach(x -> types.add(x.get("type").asString()));
            e.get("received").forEach(x -> types.add(x.get("type").asString()));
        }
        assertThat(types)
                .containsExactlyInAnyOrder(
                        "information", "advice", "introduction", "recommendation", "referral", "favor", "resource");
    }

    @Test
    void todayHasThankYousOwedOverdueFollowUpsAndPeopleDue() {
        List<JsonNode> open = items("/api/v1/follow-ups?status=open&size=200");
        List<String> thankYousDue = open.stream()
                .filter(f -> f.get("type").asString().equals("thank_you"))
                .map(f -> f.get("dueOn").asString())
                .toList();
        assertThat(thankYousDue).containsExactly(TODAY.minusDays(2).toString(), TODAY.toString());
        assertThat(open)
                .anySatisfy(f -> {
                    assertThat(f.get("origin").asString()).isEqualTo("manual");
                    assertThat(f.get("dueOn").asString()).isLessThan(TODAY.toString());
                })
                .anySatisfy(f -> assertThat(f.get("dueOn").asString()).isEqualTo(TODAY.toString()));
        assertThat(total("/api/v1/follow-ups?status=done")).isGreaterThan(10);

        List<String> overdue = new ArrayList<>();
        for (JsonNode p : items("/api/v1/people?size=200")) {
            JsonNode due = p.get("relationship").get("nextContactDue");
            if (!due.isNull() && due.asString().compareTo(TODAY.toString()) < 0) {
                overdue.add(p.get("displayName").asString());
            }
        }
        assertThat(overdue).isNotEmpty();
    }

    @Test
    void loadingIntoAWorkspaceWithPeopleIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> demo.load(member(api), TODAY)).isInstanceOf(ConflictException.class);
        assertThat(countsFromTheApi()).isEqualTo(loaded);
    }

    @Test
    void theSameDayGivesTheSameNetworkInAnotherWorkspace() {
        ApiClient other = ApiClient.newMember(port);
        assertThat(demo.load(member(other), TODAY)).isEqualTo(loaded);
        assertThat(snapshot(other)).isEqualTo(snapshot(api));
    }

    /** What a screenshot would show: names, the timeline, the follow-ups, in the API's order. */
    private static List<String> snapshot(ApiClient client) {
        List<String> lines = new ArrayList<>();
        items(client, "/api/v1/people?size=200")
                .forEach(p -> lines.add(p.get("displayName").asString() + " "
                        + p.get("relationship").get("nextContactDue")));
        items(client, "/api/v1/encounters?size=200")
                .forEach(e -> lines.add(
                        e.get("occurredAt").asString() + " " + e.get("title").asString()));
        items(client, "/api/v1/follow-ups?size=200")
                .forEach(f -> lines.add(f.get("dueOn").asString() + " "
                        + f.get("status").asString() + " " + f.get("title").asString()));
        return lines;
    }

    private DemoNetwork countsFromTheApi() {
        int connectionEnds = 0;
        for (JsonNode p : items("/api/v1/people?size=200")) {
            connectionEnds += (int) total("/api/v1/people/" + p.get("id").asString() + "/connections");
        }
        return new DemoNetwork(
                (int) total("/api/v1/people"),
                (int) total("/api/v1/organizations"),
                (int) total("/api/v1/encounters"),
                (int) total("/api/v1/follow-ups"),
                connectionEnds / 2);
    }

    private static CurrentMember member(ApiClient client) {
        return new CurrentMember(new WorkspaceId(client.workspaceId), client.memberId, client.email, "Test Member");
    }

    private long total(String path) {
        var response = api.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    private List<JsonNode> items(String path) {
        return items(api, path);
    }

    private static List<JsonNode> items(ApiClient client, String path) {
        var response = client.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        response.json().get("items").forEach(items::add);
        assertThat(items).hasSize((int) response.json().get("total").asLong());
        return items;
    }
}
