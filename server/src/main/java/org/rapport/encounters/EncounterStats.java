package org.rapport.encounters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

    /** Something given or received, with the person it names (or the encounter's only participant). */
    public record Item(
            boolean given,
            ExchangeType type,
            @org.jspecify.annotations.Nullable String description,
            @org.jspecify.annotations.Nullable UUID personId,
            Instant occurredAt) {}

    /** The member's latest exchanges of the given types, newest first. */
    public List<Item> latestExchanges(CurrentMember me, java.util.Collection<ExchangeType> types, int limit) {
        return jdbc.sql("""
                SELECT x.direction, x.type, x.description, COALESCE(x.person_id, (
                           SELECT MIN(p.person_id) FROM encounter_participants p
                           WHERE p.workspace_id = e.workspace_id AND p.encounter_id = e.id
                           HAVING COUNT(*) = 1)), e.occurred_at
                FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
                WHERE x.workspace_id = :ws AND e.member_id = :member AND x.type IN (:types)
                ORDER BY e.occurred_at DESC, x.id LIMIT :limit
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("types", types.stream().map(ExchangeType::wire).toList())
                .param("limit", limit)
                .query((rs, n) -> new Item(
                        "gave".equals(rs.getString(1)),
                        ExchangeType.fromWire(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4) == null ? null : UUID.fromString(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list();
    }

    /** How many of the member's encounters each person took part in (people without any are missing). */
    public java.util.Map<UUID, Long> encountersWith(CurrentMember me, java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        if (personIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                SELECT p.person_id, COUNT(*) FROM encounter_participants p
                JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                WHERE p.workspace_id = :ws AND e.member_id = :member AND p.person_id IN (:people)
                GROUP BY p.person_id
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("people", personIds.stream().map(UUID::toString).toList())
                .query(rs -> {
                    counts.put(UUID.fromString(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /**
     * For each group of people (say, those working at one organization), how many of the member's
     * encounters any of them took part in; an encounter with two of a group counts once. One query.
     */
    public <K> java.util.Map<K, Long> encountersWithAnyOf(
            CurrentMember me, java.util.Map<K, ? extends java.util.Collection<UUID>> groups) {
        java.util.Set<UUID> everyone = new java.util.HashSet<>();
        groups.values().forEach(everyone::addAll);
        java.util.Map<UUID, java.util.Set<UUID>> encountersOf = new java.util.HashMap<>();
        if (!everyone.isEmpty()) {
            jdbc.sql("""
                            SELECT p.person_id, p.encounter_id FROM encounter_participants p
                            JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                            WHERE p.workspace_id = :ws AND e.member_id = :member AND p.person_id IN (:people)
                            """)
                    .param("ws", me.workspace().toString())
                    .param("member", me.memberId().toString())
                    .param("people", everyone.stream().map(UUID::toString).toList())
                    .query(rs -> {
                        encountersOf
                                .computeIfAbsent(UUID.fromString(rs.getString(1)), k -> new java.util.HashSet<>())
                                .add(UUID.fromString(rs.getString(2)));
                    });
        }
        java.util.Map<K, Long> counts = new java.util.HashMap<>();
        groups.forEach((key, people) -> {
            java.util.Set<UUID> seen = new java.util.HashSet<>();
            people.forEach(p -> seen.addAll(encountersOf.getOrDefault(p, java.util.Set.of())));
            counts.put(key, (long) seen.size());
        });
        return counts;
    }
}
