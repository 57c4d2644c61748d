package org.rapport.encounters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.rapport.accounts.CurrentMember;
import org.rapport.people.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Counts of a member's encounters and exchanges per period, counted by the database (periods are
 * fixed lengths from a start, so the same integer division works on SQLite and PostgreSQL).
 */
@Service
public class EncounterStats {
    private final JdbcClient jdbc;

    EncounterStats(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Encounters of one kind in period number {@code period} (0 = the one starting at {@code start}). */
    public record KindCount(int period, Kind kind, long count) {}

    /** Exchanges given or received in period number {@code period}. */
    public record ExchangeCount(int period, boolean given, long count) {}

    public List<KindCount> encountersPerPeriod(CurrentMember me, Instant start, Instant end, Duration period) {
        return jdbc.sql("""
                SELECT (occurred_at - :start) / :period AS bucket, kind, COUNT(*) FROM encounters
                WHERE workspace_id = :ws AND member_id = :member AND occurred_at >= :start AND occurred_at < :end
                GROUP BY 1, 2
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("start", start.toEpochMilli())
                .param("end", end.toEpochMilli())
                .param("period", period.toMillis())
                .query((rs, n) -> new KindCount(rs.getInt(1), Kind.fromWire(rs.getString(2)), rs.getLong(3)))
                .list();
    }

    public List<ExchangeCount> exchangesPerPeriod(CurrentMember me, Instant start, Instant end, Duration period) {
        return jdbc.sql("""
                SELECT (e.occurred_at - :start) / :period AS bucket, x.direction, COUNT(*)
                FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
                WHERE x.workspace_id = :ws AND e.member_id = :member AND e.occurred_at >= :start AND e.occurred_at < :end
                GROUP BY 1, 2
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("start", start.toEpochMilli())
                .param("end", end.toEpochMilli())
                .param("period", period.toMillis())
                .query((rs, n) -> new ExchangeCount(rs.getInt(1), "gave".equals(rs.getString(2)), rs.getLong(3)))
                .list();
    }
}
