package org.rapport.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the index holds, straight from the tables and in bulk (a few queries per chunk of
 * ids, whatever the chunk's size), so a rebuild of 30,000 people and 300,000 encounters takes
 * seconds, not one service call per row.
 */
@Repository
class SearchSource {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    SearchSource(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<String> workspaces() {
        return jdbc.sql("SELECT workspace_id FROM workspaces ORDER BY workspace_id")
                .query(String.class)
                .list();
    }

    /** Ids of one table in a workspace after {@code after}, in order (keyset paging for rebuilds). */
    List<String> ids(String ws, IndexedType type, String after, int limit) {
        String sql = switch (type) {
            case PERSON -> "SELECT id FROM people WHERE workspace_id = :ws AND id > :after AND deleted_at IS NULL";
            case ORGANIZATION -> "SELECT id FROM organizations WHERE workspace_id = :ws AND id > :after";
            case ENCOUNTER -> "SELECT id FROM encounters WHERE workspace_id = :ws AND id > :after";
        };
        return jdbc.sql(sql + " ORDER BY id LIMIT :limit")
                .param("ws", ws)
                .param("after", after)
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    long maxSeq() {
        // MAX over no rows is NULL, which getLong reads as 0.
        return jdbc.sql("SELECT MAX(seq) FROM change_log")
                .query((rs, n) -> rs.getLong(1))
                .single();
    }

    record Change(long seq, String ws, String entity, String entityId, String operation) {}

    List<Change> changesAfter(long seq, int limit) {
        return jdbc.sql("""
                SELECT seq, workspace_id, entity, entity_id, operation FROM change_log
                WHERE seq > :seq ORDER BY seq LIMIT :limit""")
                .param("seq", seq)
                .param("limit", limit)
                .query((rs, n) ->
                        new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    List<Long> seqsBetween(long after, long upTo) {
        return jdbc.sql("SELECT seq FROM change_log WHERE seq > :after AND seq <= :upTo")
                .param("after", after)
                .param("upTo", upTo)
                .query(Long.class)
                .list();
    }

    List<Change> changesAmong(Collection<Long> seqs) {
        return jdbc.sql("SELECT seq, workspace_id, entity, entity_id, operation FROM change_log WHERE seq IN (:seqs)")
                .param("seqs", seqs)
                .query((rs, n) ->
                        new Change(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** People whose roles point at these organizations now. */
    Set<String> peopleAt(String ws, Collection<String> organizationIds) {
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT person_id FROM roles WHERE workspace_id = :ws AND organization_id IN (:ids)""")
                .param("ws", ws)
                .param("ids", organizationIds)
                .query(String.class)
                .list());
    }

    /** People who took part in these encounters or are named in their exchanges. */
    Set<String> peopleIn(String ws, Collection<String> encounterIds) {
        Set<String> people = new HashSet<>(jdbc.sql("""
                SELECT person_id FROM encounter_participants WHERE workspace_id = :ws AND encounter_id IN (:ids)""")
                .param("ws", ws)
                .param("ids", encounterIds)
                .query(String.class)
                .list());
        people.addAll(jdbc.sql("""
                SELECT person_id FROM exchanges
                WHERE workspace_id = :ws AND encounter_id IN (:ids) AND person_id IS NOT NULL""")
                .param("ws", ws)
                .param("ids", encounterIds)
                .query(String.class)
                .list());
        return people;
    }

    Map<String, IndexedPerson> people(String ws, Collection<String> ids) {
        Map<String, IndexedPerson.Builder> people = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, display_name, given_name, family_name, notes, how_we_met FROM people
                WHERE workspace_id = :ws AND id IN (:ids) AND deleted_at IS NULL""").param("ws", ws).param("ids", ids).query(rs -> {
            people.put(
                    rs.getString(1),
                    new IndexedPerson.Builder(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
        });
        if (people.isEmpty()) {
            return Map.of();
        }
        Set<String> found = people.keySet();
        jdbc.sql("""
                SELECT person_id, kind, value, match_key FROM person_contact_points
                WHERE workspace_id = :ws AND person_id IN (:ids) AND kind IN ('email', 'phone')
                ORDER BY person_id, kind, position""").param("ws", ws).param("ids", found).query(rs -> {
            var p = people.get(rs.getString(1));
            p.contacts.add(rs.getString(3));
            if ("phone".equals(rs.getString(2))) {
                p.contacts.addAll(phoneDigits(rs.getString(4)));
            }
        });
        jdbc.sql("""
                SELECT pt.person_id, t.name FROM person_tags pt
                JOIN tags t ON t.workspace_id = pt.workspace_id AND t.id = pt.tag_id
                WHERE pt.workspace_id = :ws AND pt.person_id IN (:ids) ORDER BY pt.person_id, t.name""").param("ws", ws).param("ids", found).query(rs -> {
            people.get(rs.getString(1)).tags.add(rs.getString(2));
        });
        jdbc.sql("""
                SELECT r.person_id, r.organization_id, o.name, r.title FROM roles r
                JOIN organizations o ON o.workspace_id = r.workspace_id AND o.id = r.organization_id
                WHERE r.workspace_id = :ws AND r.person_id IN (:ids) ORDER BY r.person_id, r.position""").param("ws", ws).param("ids", found).query(rs -> {
            var p = people.get(rs.getString(1));
            p.organizationIds.add(rs.getString(2));
            p.organizations.add(rs.getString(3));
            if (rs.getString(4) != null) {
                p.titles.add(rs.getString(4));
            }
        });
        jdbc.sql("""
                SELECT person_id, MAX(last_contact_at) FROM relationships
                WHERE workspace_id = :ws AND person_id IN (:ids) GROUP BY person_id""").param("ws", ws).param("ids", found).query(rs -> {
            long last = rs.getLong(2);
            if (!rs.wasNull()) {
                people.get(rs.getString(1)).lastContact = last;
            }
        });
        // What they gave: the exchanges the member received from them, named or (as the ledger counts
        // them) unnamed in an encounter with them alone.
        jdbc.sql("""
                SELECT x.person_id, x.type, x.description, e.occurred_at, e.occurred_offset, e.member_id, x.position
                FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
                WHERE x.workspace_id = :ws AND x.person_id IN (:ids) AND x.direction = 'received'
                UNION ALL
                SELECT p.person_id, x.type, x.description, e.occurred_at, e.occurred_offset, e.member_id, x.position
                FROM exchanges x JOIN encounters e ON e.workspace_id = x.workspace_id AND e.id = x.encounter_id
                JOIN encounter_participants p ON p.workspace_id = x.workspace_id AND p.encounter_id = x.encounter_id
                WHERE x.workspace_id = :ws AND p.person_id IN (:ids) AND x.person_id IS NULL AND x.direction = 'received'
                  AND NOT EXISTS (SELECT 1 FROM encounter_participants q WHERE q.workspace_id = p.workspace_id
                                  AND q.encounter_id = p.encounter_id AND q.person_id <> p.person_id)
                ORDER BY 1, 4 DESC, 7""").param("ws", ws).param("ids", found).query(rs -> {
            people.get(rs.getString(1))
                    .gave
                    .add(new IndexedPerson.Gift(
                            rs.getString(6), rs.getString(2), rs.getString(3), date(rs.getLong(4), rs.getInt(5))));
        });
        jdbc.sql("""
                SELECT p.person_id, e.title, e.topics_json, e.member_id FROM encounter_participants p
                JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                WHERE p.workspace_id = :ws AND p.person_id IN (:ids) ORDER BY p.person_id, e.occurred_at DESC""").param("ws", ws).param("ids", found).query(rs -> {
            var p = people.get(rs.getString(1));
            if (rs.getString(2) != null) {
                p.encounters.add(new IndexedPerson.Mention(rs.getString(4), rs.getString(2)));
            }
            String member = rs.getString(4);
            topics(rs.getString(3)).forEach(t -> p.encounters.add(new IndexedPerson.Mention(member, t)));
        });
        Map<String, IndexedPerson> built = new LinkedHashMap<>();
        people.forEach((id, b) -> built.put(id, b.build()));
        return built;
    }

    Map<String, IndexedOrganization> organizations(String ws, Collection<String> ids) {
        Map<String, IndexedOrganization> organizations = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, name, website, notes FROM organizations WHERE workspace_id = :ws AND id IN (:ids)""").param("ws", ws).param("ids", ids).query(rs -> {
            organizations.put(
                    rs.getString(1),
                    new IndexedOrganization(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        });
        return organizations;
    }

    Map<String, IndexedEncounter> encounters(String ws, Collection<String> ids) {
        Map<String, IndexedEncounter.Builder> encounters = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT id, title, notes, topics_json, occurred_at, occurred_offset, member_id FROM encounters
                WHERE workspace_id = :ws AND id IN (:ids)""").param("ws", ws).param("ids", ids).query(rs -> {
            encounters.put(
                    rs.getString(1),
                    new IndexedEncounter.Builder(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            topics(rs.getString(4)),
                            rs.getLong(5),
                            date(rs.getLong(5), rs.getInt(6)),
                            rs.getString(7)));
        });
        if (encounters.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("""
                SELECT p.encounter_id, p.person_id, pe.display_name FROM encounter_participants p
                JOIN people pe ON pe.workspace_id = p.workspace_id AND pe.id = p.person_id
                WHERE p.workspace_id = :ws AND p.encounter_id IN (:ids) ORDER BY p.encounter_id, p.position""").param("ws", ws).param("ids", encounters.keySet()).query(rs -> {
            var e = encounters.get(rs.getString(1));
            e.participantIds.add(rs.getString(2));
            e.participants.add(rs.getString(3));
        });
        jdbc.sql("""
                SELECT encounter_id, direction, type, description, person_id FROM exchanges
                WHERE workspace_id = :ws AND encounter_id IN (:ids) ORDER BY encounter_id, direction, position""").param("ws", ws).param("ids", encounters.keySet()).query(rs -> {
            var e = encounters.get(rs.getString(1));
            String text = rs.getString(3) + (rs.getString(4) == null ? "" : ": " + rs.getString(4));
            ("gave".equals(rs.getString(2)) ? e.gave : e.received).add(text);
            if (rs.getString(5) != null) {
                e.participantIds.add(rs.getString(5));
            }
        });
        Map<String, IndexedEncounter> built = new LinkedHashMap<>();
        encounters.forEach((id, b) -> built.put(id, b.build()));
        return built;
    }

    /** The digits of a phone, and without a country code: "+15550104477" → 15550104477, 5550104477, 0104477. */
    static List<String> phoneDigits(String matchKey) {
        String digits = matchKey.replace("+", "");
        List<String> forms = new ArrayList<>(List.of(digits));
        for (int tail : new int[] {10, 7}) {
            if (digits.length() > tail) {
                forms.add(digits.substring(digits.length() - tail));
            }
        }
        return forms;
    }

    private List<String> topics(@Nullable String topicsJson) {
        if (topicsJson == null || topicsJson.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(json.readValue(topicsJson, STRINGS));
    }

    private static LocalDate date(long epochMillis, int offsetSeconds) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.ofTotalSeconds(offsetSeconds))
                .toLocalDate();
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
