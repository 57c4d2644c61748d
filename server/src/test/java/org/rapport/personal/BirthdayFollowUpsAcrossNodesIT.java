package org.rapport.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapport.testing.PersonMother.person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.testing.ApiClient;
import org.rapport.testing.MutableClock;
import org.rapport.testing.RapportTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes reading the same member's follow-ups at the same moment: each node's own lock does
 * not see the other, so both run the check at once, here from two threads past that lock.
 */
@RapportTest
@Import(MutableClock.Configuration.class)
class BirthdayFollowUpsAcrossNodesIT {
    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    BirthdayFollowUps birthdays;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void twoNodesCheckingAtOnceMakeOneBirthdayFollowUp() throws Exception {
        clock.set(Instant.parse("2026-12-27T09:00:00Z"));
        ApiClient api = ApiClient.newMember(port);
        api.post(
                "/api/v1/people",
                person().named("Bo").with("birthday", "1980-12-29").build());
        var me = new CurrentMember(new WorkspaceId(api.workspaceId), api.memberId, api.email, "me");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> created = List.of(
                    nodes.submit(() -> createAfter(together, me, today)),
                    nodes.submit(() -> createAfter(together, me, today)));
            assertThat(created.get(0).get() + created.get(1).get()).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(api.get("/api/v1/follow-ups?personId="
                                + api.get("/api/v1/people?q=Bo")
                                        .json()
                                        .get("items")
                                        .get(0)
                                        .get("id")
                                        .asString())
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    private int createAfter(CyclicBarrier together, CurrentMember me, LocalDate today) throws Exception {
        together.await();
        Integer made = transaction.execute(status -> birthdays.create(me, today));
        return made == null ? 0 : made;
    }
}
