package org.rapport.encounters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.WorkspaceId;
import org.rapport.people.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class EncounterRepository {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String GAVE = "gave";
    private static final String RECEIVED = "received";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EncounterRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The encounter's own columns; participants and exchanges are filled in by {@link #load}. */
    private record Row(
            UUID id,
            UUID memberId,
            OffsetDateTime occurredAt,
            Channel channel,
            Kind kind,
            @Nullable String title,
            @Nullable String location,
            @Nullable String notes,
            List<String> topics,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    record Filter(
            @Nullable UUID personId,
            @Nullable Kind kind,
            @Nullable Instant from,
            @Nullable Instant to) {}

    void insert(CurrentMember me, Encounter e) {
        jdbc.sql("""
                INSERT INTO encounters (workspace_id, id, member_id, occurred_at, occurred_offset, channel, kind, title,
                                        location, notes, topics_json, created_at, updated_at, version)
                VALUES (:ws, :id, :member, :at, :offset, :channel, :kind, :title, :location, :notes, :topics,
                        :created, :updated, 1)
                """)
                .params(params(me, e))
                .param("created", e.createdAt().toEpochMilli())
                .update();
        writeChildren(me.workspace(), e);
    }

    boolean update(CurrentMember me, Encounter e, long expectedVersion) {
        boolean updated = jdbc.sql("""
                        UPDATE encounters SET occurred_at = :at, occurred_offset = :offset, channel = :channel,
                               kind = :kind, title = :title, location = :location, notes = :notes, topics_json = :topics,
                               updated_at = :updated, version = version + 1
                        WHERE workspace_id = :ws AND member_id = :member AND id = :id AND version = :expected
                        """)
                        .params(params(me, e))
                        .param("expected", expectedVersion)
                        .update()
                == 1;
        if (updated) {
            for (String table : new String[] {"encounter_participants", "exchanges"}) {
                jdbc.sql("DELETE FROM " + table + " WHERE workspace_id = :ws AND encounter_id = :id")
                        .param("ws", me.workspace().toString())
                        .param("id", e.id().toString())
                        .update();
            }
            writeChildren(me.workspace(), e);
        }
        return updated;
    }

    private Map<String, Object> params(CurrentMember me, Encounter e) {
        Map<String, Object> p = new HashMap<>();
        p.put("ws", me.workspace().toString());
        p.put("id", e.id().toString());
        p.put("member", me.memberId().toString());
        p.put("at", e.occurredAt().toInstant().toEpochMilli());
        p.put("offset", e.occurredAt().getOffset().getTotalSeconds());
        p.put("channel", e.channel().wire());
        p.put("kind", e.kind().wire());
        p.put("title", e.title());
        p.put("location", e.location());
        p.put("notes", e.notes());
        p.put("topics", json.writeValueAsString(e.topics()));
        p.put("updated", e.updatedAt().toEpochMilli());
        return p;
    }

    private void writeChildren(WorkspaceId ws, Encounter e) {
        for (int i = 0; i < e.participantIds().size(); i++) {
            jdbc.sql("""
                    INSERT INTO encounter_participants (workspace_id, encounter_id, person_id, position)
                    VALUES (:ws, :encounter, :person, :position)
                    """)
                    .param("ws", ws.toString())
                    .param("encounter", e.id().toString())
                    .param("person", e.participantIds().get(i).toString())
                    .param("position", i)
                    .update();
        }
        int position = 0;
        for (var direction : List.of(Map.entry(GAVE, e.gave()), Map.entry(RECEIVED, e.received()))) {
            for (Exchange x : direction.getValue()) {
                jdbc.sql("""
                        INSERT INTO exchanges (workspace_id, id, encounter_id, direction, type, description, person_id, position)
                        VALUES (:ws, :id, :encounter, :direction, :type, :description, :person, :position)
                        """)
                        .param("ws", ws.toString())
                        .param("id", org.rapport.db.Ids.newId().toString())
                        .param("encounter", e.id().toString())
                        .param("direction", direction.getKey())
                        .param("type", x.type().wire())
                        .param("description", x.description())
                        .param(
                                "person",
                                x.personId() == null ? null : x.personId().toString())
                        .param("position", position++)
                        .update();
            }
        }
    }

    boolean delete(CurrentMember me, UUID id) {
        return jdbc.sql("DELETE FROM encounters WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                        .param("ws", me.workspace().toString())
                        .param("member", me.memberId().toString())
                        .param("id", id.toString())
                        .update()
                == 1;
    }

    Optional<Encounter> find(CurrentMember me, UUID id) {
        var rows = jdbc.sql(SELECT + " WHERE workspace_id = :ws AND member_id = :member AND id = :id")
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("id", id.toString())
                .query(this::mapRow)
                .list();
        return load(me.workspace(), rows).stream().findFirst();
    }

    List<Encounter> list(CurrentMember me, Filter filter, int limit, long offset) {
        Map<String, Object> params = filterParams(me, filter);
        params.put("limit", limit);
        params.put("offset", offset);
        var rows = jdbc.sql(SELECT + where(filter) + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(this::mapRow)
                .list();
        return load(me.workspace(), rows);
    }

    long count(CurrentMember me, Filter filter) {
        return jdbc.sql("SELECT count(*) FROM encounters e" + where(filter))
                .params(filterParams(me, filter))
                .query(Long.class)
                .single();
    }

    /** When the member last met the person, with the offset it was logged in; empty if never. */
    Optional<OffsetDateTime> lastEncounterWith(CurrentMember me, UUID personId) {
        return jdbc.sql("""
                SELECT e.occurred_at, e.occurred_offset FROM encounters e
                JOIN encounter_participants p ON p.workspace_id = e.workspace_id AND p.encounter_id = e.id
                WHERE e.workspace_id = :ws AND e.member_id = :member AND p.person_id = :person
                ORDER BY e.occurred_at DESC LIMIT 1
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("person", personId.toString())
                .query((rs, n) -> at(rs.getLong(1), rs.getInt(2)))
                .optional();
    }

    /**
     * What went to or came from a person: exchanges naming them, and unattributed exchanges of
     * encounters they took part in. Newest first.
     */
    List<PersonExchange> exchangesWith(CurrentMember me, UUID personId) {
        return jdbc.sql("""
                SELECT x.direction, x.type, x.description, e.occurred_at, e.occurred_offset, e.id
                FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
                WHERE x.workspace_id = :ws AND e.member_id = :member
                  AND (x.person_id = :person OR (x.person_id IS NULL AND EXISTS (
                        SELECT 1 FROM encounter_participants p
                        WHERE p.workspace_id = e.workspace_id AND p.encounter_id = e.id AND p.person_id = :person)))
                ORDER BY e.occurred_at DESC, x.position
                """)
                .param("ws", me.workspace().toString())
                .param("member", me.memberId().toString())
                .param("person", personId.toString())
                .query((rs, n) -> new PersonExchange(
                        GAVE.equals(rs.getString(1)),
                        ExchangeType.fromWire(rs.getString(2)),
                        rs.getString(3),
                        at(rs.getLong(4), rs.getInt(5)),
                        UUID.fromString(rs.getString(6))))
                .list();
    }

    /** Exchanges that name a person who is about to be deleted keep their description, without the person. */
    void forgetExchangePerson(WorkspaceId ws, UUID personId) {
        jdbc.sql("UPDATE exchanges SET person_id = NULL WHERE workspace_id = :ws AND person_id = :person")
                .param("ws", ws.toString())
                .param("person", personId.toString())
                .update();
    }

    private static final String SELECT = """
            SELECT e.id, e.member_id, e.occurred_at, e.occurred_offset, e.channel, e.kind, e.title, e.location, e.notes,
                   e.topics_json, e.created_at, e.updated_at, e.version
            FROM encounters e
            """;

    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE e.workspace_id = :ws AND e.member_id = :member");
        if (f.personId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM encounter_participants p WHERE p.workspace_id = e.workspace_id"
                    + " AND p.encounter_id = e.id AND p.person_id = :person)");
        }
        if (f.kind() != null) {
            where.append(" AND e.kind = :kind");
        }
        if (f.from() != null) {
            where.append(" AND e.occurred_at >= :from");
        }
        if (f.to() != null) {
            where.append(" AND e.occurred_at < :to");
        }
        return where.toString();
    }

    private static Map<String, Object> filterParams(CurrentMember me, Filter f) {
        Map<String, Object> p = new HashMap<>();
        p.put("ws", me.workspace().toString());
        p.put("member", me.memberId().toString());
        p.put("person", f.personId() == null ? null : f.personId().toString());
        p.put("kind", f.kind() == null ? null : f.kind().wire());
        p.put("from", f.from() == null ? null : f.from().toEpochMilli());
        p.put("to", f.to() == null ? null : f.to().toEpochMilli());
        return p;
    }

    private List<Encounter> load(WorkspaceId ws, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> r.id().toString()).toList();
        Map<UUID, List<UUID>> participants = new HashMap<>();
        jdbc.sql("""
                SELECT encounter_id, person_id FROM encounter_participants
                WHERE workspace_id = :ws AND encounter_id IN (:ids) ORDER BY encounter_id, position
                """)
                .param("ws", ws.toString())
                .param("ids", ids)
                .query((rs, n) -> Map.entry(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))))
                .list()
                .forEach(e -> participants
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<String, List<Exchange>> exchanges = new HashMap<>();
        jdbc.sql("""
                SELECT encounter_id, direction, type, description, person_id FROM exchanges
                WHERE workspace_id = :ws AND encounter_id IN (:ids) ORDER BY encounter_id, position
                """)
                .param("ws", ws.toString())
                .param("ids", ids)
                .query((rs, n) -> {
                    String person = rs.getString(5);
                    exchanges
                            .computeIfAbsent(rs.getString(1) + "/" + rs.getString(2), k -> new ArrayList<>())
                            .add(new Exchange(
                                    ExchangeType.fromWire(rs.getString(3)),
                                    rs.getString(4),
                                    person == null ? null : UUID.fromString(person)));
                    return null;
                })
                .list();
        return rows.stream()
                .map(r -> new Encounter(
                        r.id(),
                        r.memberId(),
                        r.occurredAt(),
                        r.channel(),
                        r.kind(),
                        r.title(),
                        r.location(),
                        r.notes(),
                        r.topics(),
                        participants.getOrDefault(r.id(), List.of()),
                        exchanges.getOrDefault(r.id() + "/" + GAVE, List.of()),
                        exchanges.getOrDefault(r.id() + "/" + RECEIVED, List.of()),
                        r.createdAt(),
                        r.updatedAt(),
                        r.version()))
                .toList();
    }

    private Row mapRow(ResultSet rs, int n) throws SQLException {
        return new Row(
                UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("member_id")),
                at(rs.getLong("occurred_at"), rs.getInt("occurred_offset")),
                Channel.fromWire(rs.getString("channel")),
                Kind.fromWire(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("location"),
                rs.getString("notes"),
                json.readValue(rs.getString("topics_json"), STRINGS),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getLong("version"));
    }

    private static OffsetDateTime at(long epochMillis, int offsetSeconds) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.ofTotalSeconds(offsetSeconds));
    }
}
