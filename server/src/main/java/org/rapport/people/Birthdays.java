package org.rapport.people;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Birthdays coming up: the next occurrence of each live person's birthday ('YYYY-MM-DD' or '--MM-DD'). */
@Service
public class Birthdays {
    private final JdbcClient jdbc;

    Birthdays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Upcoming(UUID personId, String displayName, LocalDate on) {}

    /** Birthdays from {@code from} for {@code days} days (29 February falls on 28 February in other years). */
    public List<Upcoming> within(CurrentMember me, LocalDate from, int days) {
        LocalDate last = from.plusDays(days);
        List<Upcoming> upcoming = new ArrayList<>();
        jdbc.sql("""
                SELECT id, display_name, birthday FROM people
                WHERE workspace_id = :ws AND deleted_at IS NULL AND birthday IS NOT NULL
                """).param("ws", me.workspace().toString()).query(rs -> {
            String b = rs.getString(3);
            MonthDay day = MonthDay.parse(b.startsWith("--") ? b : "--" + b.substring(5));
            LocalDate next = next(day, from);
            if (!next.isAfter(last)) {
                upcoming.add(new Upcoming(UUID.fromString(rs.getString(1)), rs.getString(2), next));
            }
        });
        upcoming.sort(Comparator.comparing(Upcoming::on).thenComparing(Upcoming::displayName));
        return upcoming;
    }

    /**
     * Birthdays from {@code from} for a few days: the same answer as {@link #within}, with the
     * days picked in SQL (the month and day are a birthday's last five characters), so reading it
     * often costs no more than the people who have a birthday then.
     */
    public List<Upcoming> soon(CurrentMember me, LocalDate from, int days) {
        List<String> monthDays = new ArrayList<>();
        for (int i = 0; i <= days; i++) {
            LocalDate d = from.plusDays(i);
            monthDays.add(MONTH_DAY.format(d));
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
                monthDays.add("02-29");
            }
        }
        LocalDate last = from.plusDays(days);
        List<Upcoming> upcoming = new ArrayList<>();
        jdbc.sql("""
                SELECT id, display_name, birthday FROM people
                WHERE workspace_id = :ws AND deleted_at IS NULL AND birthday IS NOT NULL
                  AND substr(birthday, length(birthday) - 4) IN (:days)
                """)
                .param("ws", me.workspace().toString())
                .param("days", monthDays)
                .query(rs -> {
                    String b = rs.getString(3);
                    LocalDate next = next(MonthDay.parse("--" + b.substring(b.length() - 5)), from);
                    if (!next.isAfter(last)) {
                        upcoming.add(new Upcoming(UUID.fromString(rs.getString(1)), rs.getString(2), next));
                    }
                });
        upcoming.sort(Comparator.comparing(Upcoming::on).thenComparing(Upcoming::displayName));
        return upcoming;
    }

    private static final java.time.format.DateTimeFormatter MONTH_DAY =
            java.time.format.DateTimeFormatter.ofPattern("MM-dd");

    static LocalDate next(MonthDay day, LocalDate from) {
        LocalDate thisYear = day.atYear(from.getYear());
        return thisYear.isBefore(from) ? day.atYear(from.getYear() + 1) : thisYear;
    }
}
