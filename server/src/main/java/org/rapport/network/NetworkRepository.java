package org.rapport.network;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Keys;
import org.rapport.db.Rows;
import org.rapport.db.WorkspaceId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the graph is derived from: people, connections, roles, introductions and event encounters.
 * The graph is a read model like the search index, so it reads these tables itself, in bulk and
 * streaming (a workspace may hold a million connections), instead of through each feature's
 * service one person at a time.
 */
@Repository
class NetworkRepository {
    /** A role as the overlap rule needs it. */
    record RoleSpan(
            UUID personId,
            UUID organizationId,
            String organizationName,
            @Nullable String start,
            @Nullable String end) {}

    /** One piece of evidence between two people, before it becomes a tie. */
    interface TieSink {
        void add(UUID a, UUID b, double strength, Evidence evidence);
    }

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final TransactionTemplate readOnly;

    NetworkRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        // PostgreSQL streams rows only with a fetch size inside a transaction.
        template.setFetchSize(5000);
        this.streaming = JdbcClient.create(new NamedParameterJdbcTemplate(template));
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Every live person of the workspace, in id order, then every tie between them, and each event
     * encounter's participants (read once, for the ties and for the graph's event index).
     */
    void load(
            WorkspaceId ws, Consumer<UUID> person, TieSink ties, BiConsumer<UUID, List<UUID>> events, LocalDate today) {
        readOnly.executeWithoutResult(status -> {
            String w = ws.toString();
            List<UUID[]> introductions = new ArrayList<>();
            streaming
                    .sql("SELECT id, introduced_by_id FROM people WHERE workspace_id = :ws AND deleted_at IS NULL"
                            + " ORDER BY id")
                    .param("ws", w)
                    .query(rs -> {
                        UUID id = UUID.fromString(rs.getString(1));
                        person.accept(id);
                        String by = rs.getString(2);
                        if (by != null) {
                            introductions.add(new UUID[] {id, UUID.fromString(by)});
                        }
                    });
            introductions.forEach(p -> ties.add(p[0], p[1], Evidence.INTRODUCED_STRENGTH, Evidence.INTRODUCED));
            streaming
                    .sql("SELECT person_a_id, person_b_id, type, strength FROM connections WHERE workspace_id = :ws")
                    .param("ws", w)
                    .query((RowCallbackHandler) rs -> connection(
                            UUID.fromString(rs.getString(1)),
                            UUID.fromString(rs.getString(2)),
                            rs.getString(3),
                            rs.getDouble(4),
                            rs.wasNull(),
                            ties));
            // Dates are parsed once per role, not once per pair: a large organization has thousands of pairs.
            List<Evidence.Span> atOne = new ArrayList<>();
            String[] organization = {""};
            streaming
                    .sql("SELECT person_id, organization_id, start_on, end_on FROM roles WHERE workspace_id = :ws"
                            + " ORDER BY organization_id")
                    .param("ws", w)
                    .query(rs -> {
                        String org = rs.getString(2);
                        if (!org.equals(organization[0])) {
                            overlaps(atOne, ties);
                            atOne.clear();
                            organization[0] = org;
                        }
                        var span = Evidence.span(
                                UUID.fromString(rs.getString(1)), rs.getString(3), rs.getString(4), today);
                        if (span != null) {
                            atOne.add(span);
                        }
                    });
            overlaps(atOne, ties);
            List<UUID> together = new ArrayList<>();
            String[] current = {""};
            streaming.sql("""
                            SELECT p.encounter_id, p.person_id FROM encounter_participants p
                            JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                            WHERE p.workspace_id = :ws AND e.channel = 'event' ORDER BY p.encounter_id
                            """).param("ws", w).query(rs -> {
                if (!rs.getString(1).equals(current[0])) {
                    if (!together.isEmpty()) {
                        events.accept(UUID.fromString(current[0]), List.copyOf(together));
                    }
                    sameEvent(together, ties);
                    together.clear();
                    current[0] = rs.getString(1);
                }
                together.add(UUID.fromString(rs.getString(2)));
            });
            if (!together.isEmpty()) {
                events.accept(UUID.fromString(current[0]), List.copyOf(together));
            }
            sameEvent(together, ties);
        });
    }

    /** Every tie of one person, as {@link #load} would find it (nothing for a deleted person). */
    void tiesOf(WorkspaceId ws, UUID personId, TieSink ties, LocalDate today) {
        String w = ws.toString();
        String p = personId.toString();
        Optional<String> introducer = jdbc.sql(
                        "SELECT COALESCE(introduced_by_id, '') FROM people WHERE workspace_id = :ws AND id = :p"
                                + " AND deleted_at IS NULL")
                .param("ws", w)
                .param("p", p)
                .query(String.class)
                .optional();
        if (introducer.isEmpty()) {
            return;
        }
        if (!introducer.get().isEmpty()) {
            ties.add(personId, UUID.fromString(introducer.get()), Evidence.INTRODUCED_STRENGTH, Evidence.INTRODUCED);
        }
        jdbc.sql("SELECT id FROM people WHERE workspace_id = :ws AND introduced_by_id = :p")
                .param("ws", w)
                .param("p", p)
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list()
                .forEach(other -> ties.add(personId, other, Evidence.INTRODUCED_STRENGTH, Evidence.INTRODUCED));
        jdbc.sql("""
                        SELECT person_a_id, person_b_id, type, strength FROM connections
                        WHERE workspace_id = :ws AND person_a_id = :p
                        UNION ALL
                        SELECT person_a_id, person_b_id, type, strength FROM connections
                        WHERE workspace_id = :ws AND person_b_id = :p
                        """).param("ws", w).param("p", p).query((RowCallbackHandler) rs -> connection(
                UUID.fromString(rs.getString(1)),
                UUID.fromString(rs.getString(2)),
                rs.getString(3),
                rs.getDouble(4),
                rs.wasNull(),
                ties));
        jdbc.sql("""
                        SELECT r2.person_id, r1.start_on, r1.end_on, r2.start_on, r2.end_on FROM roles r1
                        JOIN roles r2 ON r2.workspace_id = r1.workspace_id AND r2.organization_id = r1.organization_id
                        WHERE r1.workspace_id = :ws AND r1.person_id = :p AND r2.person_id <> :p
                        """).param("ws", w).param("p", p).query(rs -> {
            double s = Evidence.roleOverlap(
                    Evidence.overlap(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), today));
            if (s > 0) {
                ties.add(personId, UUID.fromString(rs.getString(1)), s, Evidence.ROLE_OVERLAP);
            }
        });
        jdbc.sql("""
                        SELECT DISTINCT p2.person_id FROM encounter_participants p1
                        JOIN encounters e ON e.workspace_id = p1.workspace_id AND e.id = p1.encounter_id
                        JOIN encounter_participants p2 ON p2.workspace_id = p1.workspace_id
                          AND p2.encounter_id = p1.encounter_id
                        WHERE p1.workspace_id = :ws AND p1.person_id = :p AND e.channel = 'event'
                          AND p2.person_id <> :p
                        """)
                .param("ws", w)
                .param("p", p)
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list()
                .forEach(other -> ties.add(personId, other, Evidence.SAME_EVENT_STRENGTH, Evidence.SAME_EVENT));
    }

    /** Which of these people are live (not deleted, not waiting for deletion). */
    Set<UUID> live(WorkspaceId ws, Collection<UUID> ids) {
        Set<UUID> found = new java.util.HashSet<>();
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("SELECT id FROM people WHERE workspace_id = :ws AND id IN (:ids) AND deleted_at IS NULL")
                    .param("ws", ws.toString())
                    .param("ids", chunk.stream().map(UUID::toString).toList())
                    .query((rs, n) -> UUID.fromString(rs.getString(1)))
                    .list()
                    .forEach(found::add);
        }
        return found;
    }

    /** The encounter's participants when it happened at an event; empty otherwise or when it is gone. */
    List<UUID> eventParticipants(WorkspaceId ws, UUID encounterId) {
        return jdbc.sql("""
                        SELECT p.person_id FROM encounter_participants p
                        JOIN encounters e ON e.workspace_id = p.workspace_id AND e.id = p.encounter_id
                        WHERE p.workspace_id = :ws AND p.encounter_id = :id AND e.channel = 'event'
                        """)
                .param("ws", ws.toString())
                .param("id", encounterId.toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** The two people of a connection; empty when it is gone (its deletion names them as changed people). */
    List<UUID> connectionEnds(WorkspaceId ws, UUID connectionId) {
        return jdbc.sql("SELECT person_a_id, person_b_id FROM connections WHERE workspace_id = :ws AND id = :id")
                .param("ws", ws.toString())
                .param("id", connectionId.toString())
                .query((rs, n) -> List.of(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2))))
                .optional()
                .orElse(List.of());
    }

    /** Everyone who took part in an encounter; empty when it is gone. */
    List<UUID> participants(WorkspaceId ws, UUID encounterId) {
        return jdbc.sql("SELECT person_id FROM encounter_participants WHERE workspace_id = :ws AND encounter_id = :id")
                .param("ws", ws.toString())
                .param("id", encounterId.toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** Live people holding a current role (no end) at the organization. */
    List<UUID> currentlyAt(WorkspaceId ws, UUID organizationId) {
        return jdbc.sql("""
                        SELECT DISTINCT r.person_id FROM roles r
                        JOIN people p ON p.workspace_id = r.workspace_id AND p.id = r.person_id
                        WHERE r.workspace_id = :ws AND r.organization_id = :org AND r.end_on IS NULL
                          AND p.deleted_at IS NULL
                        """)
                .param("ws", ws.toString())
                .param("org", organizationId.toString())
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    /** Organizations called this, ignoring case, accents and spacing. */
    List<UUID> organizationsNamed(WorkspaceId ws, String name) {
        return jdbc.sql("SELECT id FROM organizations WHERE workspace_id = :ws AND name_key = :key ORDER BY id")
                .param("ws", ws.toString())
                .param("key", Keys.nameKey(name))
                .query((rs, n) -> UUID.fromString(rs.getString(1)))
                .list();
    }

    Optional<String> organizationName(WorkspaceId ws, UUID id) {
        return jdbc.sql("SELECT name FROM organizations WHERE workspace_id = :ws AND id = :id")
                .param("ws", ws.toString())
                .param("id", id.toString())
                .query(String.class)
                .optional();
    }

    /** Display names of live people. */
    Map<UUID, String> names(WorkspaceId ws, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("SELECT id, display_name FROM people WHERE workspace_id = :ws AND id IN (:ids)"
                            + " AND deleted_at IS NULL")
                    .param("ws", ws.toString())
                    .param("ids", chunk.stream().map(UUID::toString).toList())
                    .query(rs -> {
                        names.put(UUID.fromString(rs.getString(1)), rs.getString(2));
                    });
        }
        return names;
    }

    /** The member's last contact with each of these people, where there was one. */
    Map<UUID, OffsetDateTime> lastContacts(WorkspaceId ws, UUID memberId, Collection<UUID> ids) {
        Map<UUID, OffsetDateTime> found = new HashMap<>();
        for (List<UUID> chunk : chunks(ids)) {
            jdbc.sql("""
                            SELECT person_id, last_contact_at, last_contact_offset FROM relationships
                            WHERE workspace_id = :ws AND member_id = :m AND person_id IN (:ids)
                              AND last_contact_at IS NOT NULL
                            """)
                    .param("ws", ws.toString())
                    .param("m", memberId.toString())
                    .param("ids", chunk.stream().map(UUID::toString).toList())
                    .query(rs -> {
                        Integer offset = Rows.nullableInt(rs, "last_contact_offset");
                        found.put(
                                UUID.fromString(rs.getString(1)),
                                Instant.ofEpochMilli(rs.getLong(2))
                                        .atOffset(ZoneOffset.ofTotalSeconds(offset == null ? 0 : offset)));
                    });
        }
        return found;
    }

    /**
     * What ties these people to each other, for describing the ties of a path: only the kinds of
     * evidence asked for (the graph knows which evidence names each tie). Events come from the
     * graph's event index ({@code sharedEvents}: the event encounters two of them shared), so a
     * person with thousands of encounters costs no more than anyone else.
     */
    PairFacts factsAmong(
            WorkspaceId ws,
            Collection<UUID> ids,
            Set<Evidence> wanted,
            Collection<UUID> sharedEvents,
            EventIndex index) {
        var facts = new PairFacts();
        var strings = ids.stream().map(UUID::toString).toList();
        String w = ws.toString();
        if (wanted.contains(Evidence.CONNECTION) || wanted.contains(Evidence.CONNECTION_STRENGTH)) {
            connectionsAmong(w, strings, facts);
        }
        if (wanted.contains(Evidence.INTRODUCED)) {
            introductionsAmong(w, strings, facts);
        }
        if (wanted.contains(Evidence.ROLE_OVERLAP)) {
            rolesOf(w, strings, facts);
        }
        if (!sharedEvents.isEmpty()) {
            eventVisits(w, sharedEvents, Set.copyOf(ids), index, facts);
        }
        return facts;
    }

    private void connectionsAmong(String w, List<String> strings, PairFacts facts) {
        jdbc.sql("""
                        SELECT person_a_id, person_b_id, type, strength FROM connections
                        WHERE workspace_id = :ws AND person_a_id IN (:ids) AND person_b_id IN (:ids)
                        """).param("ws", w).param("ids", strings).query(rs -> {
            double s = rs.getDouble(4);
            Double strength = rs.wasNull() ? null : s;
            facts.connections.add(new PairFacts.Tie(
                    UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), rs.getString(3), strength));
        });
    }

    private void introductionsAmong(String w, List<String> strings, PairFacts facts) {
        jdbc.sql("SELECT id, introduced_by_id FROM people WHERE workspace_id = :ws AND id IN (:ids)"
                        + " AND introduced_by_id IS NOT NULL")
                .param("ws", w)
                .param("ids", strings)
                .query(rs -> {
                    facts.introducedBy.put(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)));
                });
    }

    private void rolesOf(String w, List<String> strings, PairFacts facts) {
        jdbc.sql("""
                        SELECT r.person_id, r.organization_id, o.name, r.start_on, r.end_on FROM roles r
                        JOIN organizations o ON o.workspace_id = r.workspace_id AND o.id = r.organization_id
                        WHERE r.workspace_id = :ws AND r.person_id IN (:ids)
                        """).param("ws", w).param("ids", strings).query(rs -> {
            facts.roles.add(new RoleSpan(
                    UUID.fromString(rs.getString(1)),
                    UUID.fromString(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)));
        });
    }

    /** These event encounters, most recent first, once for each of these people who took part. */
    private void eventVisits(
            String w, Collection<UUID> encounters, Set<UUID> people, EventIndex index, PairFacts facts) {
        record Event(
                UUID id, @Nullable String title, @Nullable String location, UUID memberId, long at) {}
        List<Event> found = new ArrayList<>();
        for (List<UUID> chunk : chunks(encounters)) {
            jdbc.sql("""
                            SELECT id, title, location, member_id, occurred_at FROM encounters
                            WHERE workspace_id = :ws AND id IN (:ids) AND channel = 'event'
                            """)
                    .param("ws", w)
                    .param("ids", chunk.stream().map(UUID::toString).toList())
                    .query(rs -> {
                        found.add(new Event(
                                UUID.fromString(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                UUID.fromString(rs.getString(4)),
                                rs.getLong(5)));
                    });
        }
        found.sort(java.util.Comparator.comparingLong(Event::at).reversed().thenComparing(Event::id));
        for (Event e : found) {
            for (UUID p : index.participants(e.id())) {
                if (people.contains(p)) {
                    facts.events.add(new PairFacts.EventVisit(
                            e.id(), p, e.title(), e.location(), e.memberId(), Instant.ofEpochMilli(e.at())));
                }
            }
        }
    }

    private static void connection(UUID a, UUID b, String type, double strength, boolean unset, TieSink ties) {
        if (unset) {
            ties.add(a, b, Evidence.connectionDefault(type), Evidence.CONNECTION);
        } else {
            ties.add(a, b, strength, Evidence.CONNECTION_STRENGTH);
        }
    }

    private static void overlaps(List<Evidence.Span> roles, TieSink ties) {
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                Evidence.Span a = roles.get(i);
                Evidence.Span b = roles.get(j);
                if (a.personId().equals(b.personId())) {
                    continue;
                }
                double s = a.overlapStrength(b);
                if (s > 0) {
                    ties.add(a.personId(), b.personId(), s, Evidence.ROLE_OVERLAP);
                }
            }
        }
    }

    private static void sameEvent(List<UUID> together, TieSink ties) {
        for (int i = 0; i < together.size(); i++) {
            for (int j = i + 1; j < together.size(); j++) {
                ties.add(together.get(i), together.get(j), Evidence.SAME_EVENT_STRENGTH, Evidence.SAME_EVENT);
            }
        }
    }

    private static List<List<UUID>> chunks(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            chunks.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return chunks;
    }
}
