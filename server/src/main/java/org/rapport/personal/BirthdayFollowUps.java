package org.rapport.personal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.rapport.accounts.CurrentMember;
import org.rapport.accounts.MemberLock;
import org.rapport.api.PageRequest;
import org.rapport.db.ChangeLog;
import org.rapport.followups.AutomaticFollowUps;
import org.rapport.followups.FollowUpService;
import org.rapport.followups.FollowUpType;
import org.rapport.people.Birthdays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Birthdays become follow-ups by themselves: {@value #DAYS_BEFORE} days before a person's birthday
 * the member has a check-in "wish them a happy birthday", created when their follow-ups are read.
 * One per person and birthday: any birthday check-in for them near that date, whatever its status
 * (done, dismissed, snoozed, or made with the "add birthday follow-ups" button), counts. Each member's
 * check is skipped while the day and the workspace's change log stand where they stood last time.
 */
@Component
class BirthdayFollowUps implements AutomaticFollowUps {
    static final int DAYS_BEFORE = 3;
    // A follow-up about the same birthday was snoozed or made at most this far from it.
    static final int SAME_BIRTHDAY_DAYS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final Birthdays birthdays;
    private final FollowUpService followUps;
    private final ChangeLog changeLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final MemberLock memberLock;
    private final Map<UUID, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(LocalDate day, ChangeLog.Position position) {}

    BirthdayFollowUps(
            Birthdays birthdays,
            FollowUpService followUps,
            ChangeLog changeLog,
            TransactionTemplate transaction,
            Clock clock,
            MemberLock memberLock) {
        this.birthdays = birthdays;
        this.followUps = followUps;
        this.changeLog = changeLog;
        this.transaction = transaction;
        this.clock = clock;
        this.memberLock = memberLock;
    }

    @Override
    public void ensure(CurrentMember me) {
        LocalDate today = LocalDate.now(clock);
        Checked last = checked.get(me.memberId());
        if (last != null && last.day().equals(today) && last.position().equals(changeLog.position(me.workspace()))) {
            return;
        }
        // One member's reads at a time on this node (across nodes, the member lock in create).
        synchronized (lockFor(me.memberId())) {
            transaction.executeWithoutResult(status -> create(me, today));
            checked.put(me.memberId(), new Checked(today, changeLog.position(me.workspace())));
        }
    }

    /** Creates what is missing; returns how many. Runs in the caller's transaction. */
    int create(CurrentMember me, LocalDate today) {
        List<Birthdays.Upcoming> missing = birthdays.soon(me, today, DAYS_BEFORE).stream()
                .filter(b -> !hasOne(me, b))
                .toList();
        if (missing.isEmpty()) {
            return 0; // the usual case: a read, no write
        }
        // Another node may be making the same ones right now: hold the member, then look again.
        memberLock.holdUntilCommit(me);
        int created = 0;
        for (Birthdays.Upcoming b : missing) {
            if (!hasOne(me, b)) {
                LocalDate due = b.on().minusDays(DAYS_BEFORE);
                followUps.createAutomatic(
                        me,
                        b.personId(),
                        FollowUpType.CHECK_IN,
                        "Wish " + b.displayName() + " a happy birthday on " + DAY.format(b.on()),
                        due.isBefore(today) ? today : due);
                created++;
            }
        }
        return created;
    }

    /** Whether the member already has a check-in about this birthday for the person. */
    boolean hasOne(CurrentMember me, Birthdays.Upcoming b) {
        return followUps
                .list(
                        me,
                        new FollowUpService.Query(
                                null, b.on().plusDays(SAME_BIRTHDAY_DAYS), b.personId(), null, FollowUpType.CHECK_IN),
                        PageRequest.of(0, PageRequest.MAX_SIZE))
                .items()
                .stream()
                .anyMatch(f -> f.title().toLowerCase(Locale.ROOT).contains("birthday")
                        && !f.dueOn().isBefore(b.on().minusDays(SAME_BIRTHDAY_DAYS)));
    }

    private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

    private Object lockFor(UUID memberId) {
        return locks.computeIfAbsent(memberId, k -> new Object());
    }
}
