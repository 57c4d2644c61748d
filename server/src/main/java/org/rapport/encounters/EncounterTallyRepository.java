package org.rapport.encounters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EncounterTallyRepository {
    private final JdbcClient jdbc;

    EncounterTallyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Exchanges with the person they belong to: named ones, and unnamed ones of encounters with a
     * single participant. {@code %s} is where a one-person condition goes.
     */
    private static final String ATTRIBUTED = """
            SELECT x.person_id AS person_id, x.direction, x.type, x.description, x.position, e.id AS encounter_id,
                   e.occurred_at, e.occurred_offset
            FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
            WHERE x.workspace_id = :ws AND e.member_id = :member AND x.person_id IS NOT NULL %1$s
            UNION ALL
            SELECT p.person_id, x.direction, x.type, x.description, x.position, e.id, e.occurred_at, e.occurred_offset
            FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
            JOIN encounter_participants p ON p.workspace_id = x.workspace_id AND p.encounter_id = x.encounter_id
            WHERE x.workspace_id = :ws AND e.member_id = :member AND x.person_id IS NULL %2$s
              AND NOT EXISTS (SELECT 1 FROM encounter_participants q WHERE q.workspace_id = p.workspace_id
                              AND q.encounter_id = p.encounter_id AND q.person_id <> p.person_id)
            """;

    private static String attributed(@Nullable UUID personId) {
        return personId == null
                ? ATTRIBUTED.formatted("", "")
                : ATTRIBUTED.formatted("AND x.person_id = :person", "AND p.person_id = :person");
    }

    /**
     * {@link #ATTRIBUTED} for some people: the person indexes lead, which SQLite only does when told
     * (CROSS JOIN fixes its join order; PostgreSQL plans either form alike). Otherwise SQLite walks
     * every exchange of the member first, seconds on 300,000 encounters. Here and below, {@code
     * p.position >= 0} (always true) keeps the participants' primary key from covering the query:
     * without statistics SQLite otherwise scans that whole index for the workspace (150 ms at
     * 300,000 encounters) rather than search the person index.
     */
    static final String ATTRIBUTED_AMONG = """
            SELECT x.person_id AS person_id, x.direction, x.type, x.description, x.position, e.id AS encounter_id,
                   e.occurred_at, e.occurred_offset
            FROM exchanges x CROSS JOIN encounters e
            WHERE e.workspace_id = x.workspace_id AND e.id = x.encounter_id
              AND x.workspace_id = :ws AND e.member_id = :member AND x.person_id IN (:ids)
            UNION ALL
            SELECT p.person_id, x.direction, x.type, x.description, x.position, e.id, e.occurred_at, e.occurred_offset
            FROM encounter_participants p CROSS JOIN exchanges x CROSS JOIN encounters e
            WHERE x.workspace_id = p.workspace_id AND x.encounter_id = p.encounter_id
              AND e.workspace_id = x.workspace_id AND e.id = x.encounter_id
              AND p.workspace_id = :ws AND p.person_id IN (:ids) AND p.position >= 0 AND e.member_id = :member AND x.person_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM encounter_participants q WHERE q.workspace_id = p.workspace_id
                              AND q.encounter_id = p.encounter_id AND q.person_id <> p.person_id)
            """;

    List<ExchangeTally> exchanges(CurrentMember me, @Nullable UUID personId, int year) {
        return tally(me, attributed(personId), "person", personId == null ? "" : personId.toString(), year);
    }

    List<ExchangeTally> exchangesOf(CurrentMember me, Collection<UUID> people, int year) {
        if (people.isEmpty()) {
            return List.of();
        }
        return tally(me, ATTRIBUTED_AMONG, "ids", strings(people), year);
    }

    private List<ExchangeTally> tally(CurrentMember me, String attributed, String name, Object value, int year) {
        // The encounter's local wall-clock time as epoch millis: the year it happened where it happened.
        long from = LocalDate.of(year, 1, 1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();
        long to = LocalDate.of(year + 1, 1, 1)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC)
                .toEpochMilli();
        return jdbc.sql("SELECT person_id, direction, type, count(*) AS all_time, "
                        + "sum(CASE WHEN occurred_at + occurred_offset * 1000 >= :from "
                        + "AND occurred_at + occurred_offset * 1000 < :to THEN 1 ELSE 0 END) AS in_year, "
                        + "max(occurred_at) AS last_at FROM (" + attributed + ") a "
                        + "GROUP BY person_id, direction, type ORDER BY person_id, direction, type")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param(name, value)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ExchangeTally(
                        UUID.fromString(rs.getString("person_id")),
                        "gave".equals(rs.getString("direction")),
                        ExchangeType.fromWire(rs.getString("type")),
                        rs.getLong("all_time"),
                        rs.getLong("in_year"),
                        Instant.ofEpochMilli(rs.getLong("last_at"))))
                .list();
    }

    List<PersonExchange> items(CurrentMember me, UUID personId, int limit) {
        return jdbc.sql("SELECT direction, type, description, occurred_at, occurred_offset, encounter_id FROM ("
                        + attributed(personId) + ") a ORDER BY occurred_at DESC, encounter_id, position LIMIT :limit")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("person", personId.toString())
                .param("limit", limit)
                .query((rs, n) -> new PersonExchange(
                        "gave".equals(rs.getString(1)),
                        ExchangeType.fromWire(rs.getString(2)),
                        rs.getString(3),
                        OffsetDateTime.ofInstant(
                                Instant.ofEpochMilli(rs.getLong(4)), ZoneOffset.ofTotalSeconds(rs.getInt(5))),
                        UUID.fromString(rs.getString(6))))
                .list();
    }

    Map<UUID, ContactHistory> histories(CurrentMember me) {
        return histories(me, null);
    }

    static final String HISTORIES_OF_SOME = """
            SELECT p.person_id, count(*), min(e.occurred_at)
            FROM encounter_participants p CROSS JOIN encounters e
            WHERE e.workspace_id = p.workspace_id AND e.id = p.encounter_id
              AND p.workspace_id = :ws AND p.person_id IN (:ids) AND p.position >= 0 AND e.member_id = :member
            GROUP BY p.person_id
            """;

    /** Contact histories of the given people, or of everyone when {@code people} is null. */
    Map<UUID, ContactHistory> histories(CurrentMember me, @Nullable Collection<UUID> people) {
        Map<UUID, ContactHistory> byPerson = new HashMap<>();
        if (people != null && people.isEmpty()) {
            return byPerson;
        }
        // For some people their index leads (CROSS JOIN fixes SQLite's join order, as above).
        var statement = jdbc.sql(people == null ? """
                        SELECT p.person_id, count(*), min(e.occurred_at)
                        FROM encounter_participants p JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                        WHERE p.workspace_id = :ws AND e.member_id = :member
                        GROUP BY p.person_id
                        """ : HISTORIES_OF_SOME)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString());
        if (people != null) {
            statement = statement.param("ids", strings(people));
        }
        statement
                .query((rs, n) -> new ContactHistory(
                        UUID.fromString(rs.getString(1)), rs.getLong(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list()
                .forEach(h -> byPerson.put(h.personId(), h));
        return byPerson;
    }

    /**
     * The member's encounters each person is in, as a participant or named by an exchange (every
     * person when {@code people} is null): whom a later change of an encounter may concern, even
     * once the encounter is gone.
     */
    static final String ENCOUNTERS_OF_SOME = """
            SELECT p.person_id, p.encounter_id
            FROM encounter_participants p CROSS JOIN encounters e
            WHERE e.workspace_id = p.workspace_id AND e.id = p.encounter_id
              AND p.workspace_id = :ws AND p.person_id IN (:ids) AND p.position >= 0 AND e.member_id = :member
            UNION ALL
            SELECT x.person_id, x.encounter_id
            FROM exchanges x CROSS JOIN encounters e
            WHERE e.workspace_id = x.workspace_id AND e.id = x.encounter_id
              AND x.workspace_id = :ws AND x.person_id IN (:ids) AND e.member_id = :member
            """;

    Map<UUID, List<UUID>> encountersOf(CurrentMember me, @Nullable Collection<UUID> people) {
        Map<UUID, List<UUID>> byPerson = new HashMap<>();
        if (people != null && people.isEmpty()) {
            return byPerson;
        }
        String sql = people == null ? """
                SELECT p.person_id, p.encounter_id
                FROM encounter_participants p JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                WHERE p.workspace_id = :ws AND e.member_id = :member
                UNION
                SELECT x.person_id, x.encounter_id
                FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
                WHERE x.workspace_id = :ws AND e.member_id = :member AND x.person_id IS NOT NULL
                """ : ENCOUNTERS_OF_SOME;
        var statement = jdbc.sql(sql)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString());
        if (people != null) {
            statement = statement.param("ids", strings(people));
        }
        Set<List<String>> seen = people == null ? Set.of() : new HashSet<>();
        statement.query(rs -> {
            String person = rs.getString(1);
            String encounter = rs.getString(2);
            // For some people the halves are joined by UNION ALL, so a person both in an encounter
            // and named by its exchange comes twice: kept once here. With UNION, SQLite 3.54 (the
            // driver's; the sqlite3 shell's 3.40 plans it well) merges the halves in (person,
            // encounter) order and, for that order, walks the workspace's whole participant and
            // exchange indexes instead of searching the person indexes: 200 ms at 300,000
            // encounters instead of under 1 ms.
            if (people == null || seen.add(List.of(person, encounter))) {
                byPerson.computeIfAbsent(UUID.fromString(person), k -> new ArrayList<>())
                        .add(UUID.fromString(encounter));
            }
        });
        return byPerson;
    }

    static final String PEOPLE_IN = """
            SELECT person_id FROM encounter_participants WHERE workspace_id = :ws AND encounter_id IN (:ids)
            UNION ALL
            SELECT person_id FROM exchanges WHERE workspace_id = :ws AND encounter_id IN (:ids)
            """;

    /** Who is in these encounters now: participants and the people their exchanges name. */
    Set<UUID> peopleIn(CurrentMember me, Collection<UUID> encounters) {
        Set<UUID> people = new HashSet<>();
        if (encounters.isEmpty()) {
            return people;
        }
        // UNION ALL, not UNION: to merge the halves in person order SQLite 3.54 walked every
        // exchange of the workspace by the person index (250 ms at 300,000 encounters) instead of
        // searching these encounters' (under 1 ms). The set drops the duplicates.
        jdbc.sql(PEOPLE_IN)
                .param("ws", me.workspace().toString())
                .param("ids", strings(encounters))
                .query(rs -> {
                    // Unnamed exchanges filtered here: "person_id IS NOT NULL" made SQLite walk the
                    // person index of every named exchange instead of these encounters'.
                    String person = rs.getString(1);
                    if (person != null) {
                        people.add(UUID.fromString(person));
                    }
                });
        return people;
    }

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
