package org.rapport.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ValidationException;
import org.rapport.db.BatchColumns;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.db.Keys;
import org.rapport.db.WorkspaceId;
import org.rapport.organizations.OrganizationBatch;
import org.rapport.organizations.RoleDraft;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * People written many at a time, for imports: the same rows {@link PersonService} writes one by one,
 * sent in JDBC batches (a 30,000-row file would otherwise cost hundreds of thousands of round trips).
 * Drafts are cleaned by the same rules as the API's.
 */
@Component
public class PersonBatch {
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final OrganizationBatch organizations;
    private final PersonService people;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    PersonBatch(
            JdbcTemplate jdbc,
            JsonMapper json,
            OrganizationBatch organizations,
            PersonService people,
            ChangeLog changeLog,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.people = people;
        this.changeLog = changeLog;
        this.events = events;
    }

    /** A person to write under a given id. */
    public record Entry(UUID id, PersonDraft draft) {}

    /**
     * Published in the writing transaction after {@link #insert}: new people, as written (drafts
     * are clean). Lets search index a large import while it runs; the change log stays the record.
     */
    public record Inserted(WorkspaceId workspace, List<Entry> entries) {}

    /**
     * The draft as the API would store it; each value it had to leave out is named in {@code problems}
     * (e.g. "emails[0].value: must be an email address like ana@example.com").
     */
    public static PersonDraft clean(PersonDraft draft, List<String> problems) {
        var collector = new ValidationException.Collector();
        PersonDraft clean = PersonValidator.clean(draft, collector);
        try {
            collector.throwIfAny();
        } catch (ValidationException e) {
            e.errors().forEach(f -> problems.add(f.field() + " " + f.message()));
        }
        return clean;
    }

    /** What finds a person of the workspace again: emails, profile links, names and the organizations of their roles. */
    public static final class Index {
        private final Map<String, UUID> emails = new HashMap<>();
        private final Map<String, UUID> links = new HashMap<>();
        private final Map<String, List<UUID>> names = new HashMap<>();
        private final Map<UUID, List<String>> organizationsOf = new HashMap<>();

        public Optional<UUID> byEmail(String email) {
            return Optional.ofNullable(emails.get(Keys.emailKey(email)));
        }

        public Optional<UUID> byLink(String url) {
            return Optional.ofNullable(links.get(Keys.linkKey(url)));
        }

        /** People with this name (ignoring case, accents and spacing). */
        public List<UUID> named(String name) {
            return names.getOrDefault(Keys.nameKey(name), List.of());
        }

        /** The one person with this name who holds a role at this organization, if any. */
        public Optional<UUID> byNameAt(String name, String organization) {
            String org = Keys.nameKey(organization);
            return named(name).stream()
                    .filter(id -> organizationsOf.getOrDefault(id, List.of()).contains(org))
                    .findFirst();
        }

        /** Makes a person written in this run findable by the rows that follow. */
        public void add(UUID id, PersonDraft d) {
            d.emails().forEach(e -> emails.putIfAbsent(Keys.emailKey(e.value()), id));
            d.links().forEach(l -> links.putIfAbsent(Keys.linkKey(l.url()), id));
            if (d.displayName() != null) {
                List<UUID> same = names.computeIfAbsent(Keys.nameKey(d.displayName()), k -> new ArrayList<>(1));
                if (!same.contains(id)) {
                    same.add(id);
                }
            }
            List<String> orgs = organizationsOf.computeIfAbsent(id, k -> new ArrayList<>(1));
            for (RoleDraft r : d.roles()) {
                if (r.organizationName() != null && !orgs.contains(Keys.nameKey(r.organizationName()))) {
                    orgs.add(Keys.nameKey(r.organizationName()));
                }
            }
        }
    }

    /** The workspace's people as an {@link Index}, read in three queries. */
    public Index index(WorkspaceId ws) {
        Index index = new Index();
        jdbc.query(
                """
                SELECT c.kind, c.match_key, c.person_id FROM person_contact_points c
                JOIN people p ON p.workspace_id = c.workspace_id AND p.id = c.person_id AND p.deleted_at IS NULL
                WHERE c.workspace_id = ? AND c.kind IN ('email', 'link') ORDER BY c.person_id
                """,
                rs -> {
                    var map = "email".equals(rs.getString(1)) ? index.emails : index.links;
                    map.putIfAbsent(rs.getString(2), UUID.fromString(rs.getString(3)));
                },
                ws.toString());
        jdbc.query(
                "SELECT sort_name, id FROM people WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY id",
                rs -> {
                    index.names
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>(1))
                            .add(UUID.fromString(rs.getString(2)));
                },
                ws.toString());
        index.organizationsOf.putAll(organizations.organizationKeysByPerson(ws));
        return index;
    }

    /** People as drafts (what an update would send to keep them as they are), by id; unknown ids are left out. */
    public Map<UUID, PersonDraft> drafts(CurrentMember me, Collection<UUID> ids) {
        Map<UUID, PersonDraft> drafts = new LinkedHashMap<>();
        for (Person p : people.load(me, List.copyOf(ids))) {
            drafts.put(p.id(), draftOf(p));
        }
        return drafts;
    }

    public static PersonDraft draftOf(Person p) {
        return new PersonDraft(
                p.displayName(),
                p.givenName(),
                p.familyName(),
                p.emails(),
                p.phones(),
                p.links(),
                p.addresses(),
                p.roles().stream()
                        .map(r ->
                                new RoleDraft(r.organizationId(), r.organizationName(), r.title(), r.start(), r.end()))
                        .toList(),
                p.birthday(),
                p.tags(),
                p.notes(),
                p.howWeMet(),
                p.introducedById(),
                new PersonDraft.RelationshipDraft(
                        p.relationship().kinds(),
                        p.relationship().closenessTier(),
                        p.relationship().cadenceDays()));
    }

    /** Creates people (with the calling member's relationship to each); drafts must be clean. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(CurrentMember me, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String ws = me.workspace().toString();
        long now = System.currentTimeMillis();
        var people = BatchColumns.<Entry>of()
                .varchar("workspace_id", e -> ws)
                .varchar("id", e -> e.id().toString())
                .then(details())
                .bigint("created_at", e -> now)
                .bigint("updated_at", e -> now);
        jdbc.batchUpdate(
                "INSERT INTO people (%s, version) VALUES (%s, 1)".formatted(people.names(), people.placeholders()),
                people.rows(entries),
                people.types());
        String memberId = me.memberId().toString();
        var relationships = BatchColumns.<Entry>of()
                .varchar("workspace_id", e -> ws)
                .varchar("member_id", e -> memberId)
                .varchar("person_id", e -> e.id().toString())
                .varchar(
                        "kinds",
                        e -> RelationshipRepository.wire(
                                e.draft().relationship().kinds()))
                .varchar(
                        "closeness_tier",
                        e -> e.draft().relationship().closenessTier() == null
                                ? null
                                : e.draft().relationship().closenessTier().wire())
                .integer("cadence_days", e -> e.draft().relationship().cadenceDays());
        jdbc.batchUpdate(
                "INSERT INTO relationships (%s) VALUES (%s)"
                        .formatted(relationships.names(), relationships.placeholders()),
                relationships.rows(entries),
                relationships.types());
        writeDetails(me, entries, false);
        changeLog.recordAll(
                me.workspace().value(),
                "person",
                entries.stream().map(Entry::id).toList(),
                ChangeLog.Operation.CREATE,
                me.memberId());
        events.publishEvent(new Inserted(me.workspace(), List.copyOf(entries)));
    }

    /**
     * Replaces people's names, details, contact points, tags and roles with the drafts (the member's
     * relationship stays as it is); drafts must be clean.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(CurrentMember me, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String ws = me.workspace().toString();
        long now = System.currentTimeMillis();
        var changed = details().bigint("updated_at", e -> now);
        var arguments = changed.varchar("workspace_id", e -> ws).varchar("id", e -> e.id().toString());
        jdbc.batchUpdate(
                "UPDATE people SET %s, version = version + 1 WHERE workspace_id = ? AND id = ?"
                        .formatted(changed.assignments()),
                arguments.rows(entries),
                arguments.types());
        List<Object[]> ids =
                entries.stream().map(e -> new Object[] {ws, e.id().toString()}).toList();
        jdbc.batchUpdate("DELETE FROM person_contact_points WHERE workspace_id = ? AND person_id = ?", ids);
        jdbc.batchUpdate("DELETE FROM person_tags WHERE workspace_id = ? AND person_id = ?", ids);
        writeDetails(me, entries, true);
        changeLog.recordAll(
                me.workspace().value(),
                "person",
                entries.stream().map(Entry::id).toList(),
                ChangeLog.Operation.UPDATE,
                me.memberId());
    }

    /** What a person's row holds of the draft: written alike by {@link #insert} and {@link #update}. */
    private BatchColumns<Entry> details() {
        return BatchColumns.<Entry>of()
                .varchar("display_name", e -> e.draft().displayName())
                .varchar(
                        "sort_name",
                        e -> Keys.nameKey(
                                java.util.Objects.requireNonNull(e.draft().displayName())))
                .varchar("given_name", e -> e.draft().givenName())
                .varchar("family_name", e -> e.draft().familyName())
                .varchar("birthday", e -> e.draft().birthday())
                .varchar(
                        "addresses_json", e -> json.writeValueAsString(e.draft().addresses()))
                .varchar("notes", e -> e.draft().notes())
                .varchar("how_we_met", e -> e.draft().howWeMet());
    }

    private void writeDetails(CurrentMember me, List<Entry> entries, boolean replaceRoles) {
        String ws = me.workspace().toString();
        List<Point> points = new ArrayList<>();
        List<Object[]> personTags = new ArrayList<>();
        Map<String, UUID> tagIds = tagIds(me.workspace(), entries);
        Map<String, UUID> orgIds = organizationIds(me, entries);
        List<OrganizationBatch.RoleRow> roles = new ArrayList<>();
        for (Entry e : entries) {
            PersonDraft d = e.draft();
            String id = e.id().toString();
            addPoints(
                    points,
                    id,
                    PersonRepository.PointKind.EMAIL,
                    d.emails().stream()
                            .map(c -> new String[] {c.value(), c.label()})
                            .toList());
            addPoints(
                    points,
                    id,
                    PersonRepository.PointKind.PHONE,
                    d.phones().stream()
                            .map(c -> new String[] {c.value(), c.label()})
                            .toList());
            addPoints(
                    points,
                    id,
                    PersonRepository.PointKind.LINK,
                    d.links().stream()
                            .map(l -> new String[] {l.url(), l.label()})
                            .toList());
            Set<UUID> seen = new HashSet<>();
            for (String tag : d.tags()) {
                UUID tagId = tagIds.get(Keys.nameKey(tag));
                if (seen.add(tagId)) {
                    personTags.add(new Object[] {ws, id, tagId.toString()});
                }
            }
            for (int i = 0; i < d.roles().size(); i++) {
                RoleDraft r = d.roles().get(i);
                UUID orgId = r.organizationId() != null
                        ? r.organizationId()
                        : orgIds.get(Keys.nameKey(java.util.Objects.requireNonNull(r.organizationName())));
                roles.add(new OrganizationBatch.RoleRow(e.id(), orgId, r, i));
            }
        }
        var pointColumns = BatchColumns.<Point>of()
                .varchar("workspace_id", p -> ws)
                .varchar("person_id", Point::personId)
                .varchar("kind", p -> p.kind().column())
                .integer("position", Point::position)
                .varchar("value", Point::value)
                .varchar("label", Point::label)
                .varchar("match_key", p -> PersonRepository.matchKey(p.kind(), p.value()));
        jdbc.batchUpdate(
                "INSERT INTO person_contact_points (%s) VALUES (%s)"
                        .formatted(pointColumns.names(), pointColumns.placeholders()),
                pointColumns.rows(points),
                pointColumns.types());
        jdbc.batchUpdate("INSERT INTO person_tags (workspace_id, person_id, tag_id) VALUES (?, ?, ?)", personTags);
        if (replaceRoles) {
            organizations.replaceRoles(
                    me.workspace(), entries.stream().map(Entry::id).toList(), roles);
        } else {
            organizations.insertRoles(me.workspace(), roles);
        }
    }

    /** A contact point to write: its place among the person's points of its kind, its value and label. */
    private record Point(
            String personId,
            PersonRepository.PointKind kind,
            int position,
            String value,
            @Nullable String label) {}

    private static void addPoints(
            List<Point> points, String personId, PersonRepository.PointKind kind, List<String[]> values) {
        for (int i = 0; i < values.size(); i++) {
            String[] v = values.get(i);
            points.add(new Point(personId, kind, i, v[0], v[1]));
        }
    }

    /** Ids of every tag the entries name, creating the missing ones. */
    private Map<String, UUID> tagIds(WorkspaceId ws, List<Entry> entries) {
        Map<String, String> wanted = new LinkedHashMap<>();
        entries.forEach(e -> e.draft().tags().forEach(t -> wanted.putIfAbsent(Keys.nameKey(t), t)));
        Map<String, UUID> ids = new HashMap<>();
        if (wanted.isEmpty()) {
            return ids;
        }
        jdbc.query(
                "SELECT name_key, id FROM tags WHERE workspace_id = ?",
                rs -> {
                    if (wanted.containsKey(rs.getString(1))) {
                        ids.put(rs.getString(1), UUID.fromString(rs.getString(2)));
                    }
                },
                ws.toString());
        List<Object[]> missing = new ArrayList<>();
        wanted.forEach((key, name) -> {
            if (!ids.containsKey(key)) {
                UUID id = Ids.newId();
                ids.put(key, id);
                missing.add(new Object[] {ws.toString(), id.toString(), name, key});
            }
        });
        jdbc.batchUpdate("INSERT INTO tags (workspace_id, id, name, name_key) VALUES (?, ?, ?, ?)", missing);
        return ids;
    }

    /** Ids of every organization the entries' roles name, creating the missing ones. */
    private Map<String, UUID> organizationIds(CurrentMember me, List<Entry> entries) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Entry e : entries) {
            for (RoleDraft r : e.draft().roles()) {
                if (r.organizationId() == null && r.organizationName() != null) {
                    wanted.putIfAbsent(
                            Keys.nameKey(r.organizationName()),
                            r.organizationName().trim());
                }
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> ids = new HashMap<>(organizations.idsByNameKey(me.workspace()));
        ids.keySet().retainAll(wanted.keySet());
        List<String> missing = wanted.entrySet().stream()
                .filter(w -> !ids.containsKey(w.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        ids.putAll(organizations.create(me, missing));
        return ids;
    }

    /** Marks people deleted, as a bulk delete does (purged after the undo window). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteLater(CurrentMember me, Collection<UUID> ids) {
        return people.deleteLater(me, ids);
    }

    /** People the merged person introduced were introduced by the survivor; then the merged person goes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void finishMerge(CurrentMember me, UUID survivorId, UUID mergedId) {
        jdbc.update(
                "UPDATE people SET introduced_by_id = ? WHERE workspace_id = ? AND introduced_by_id = ? AND id <> ?",
                survivorId.toString(),
                me.workspace().toString(),
                mergedId.toString(),
                survivorId.toString());
        people.delete(me, mergedId);
    }

    /** A person's id, name and name key, for finding possible duplicates. */
    public record NameRow(UUID id, String displayName, String nameKey) {}

    public List<NameRow> names(WorkspaceId ws) {
        return jdbc.query(
                "SELECT id, display_name, sort_name FROM people WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY sort_name, id",
                (rs, n) -> new NameRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3)),
                ws.toString());
    }

    /** Name keys of the organizations of each person's roles. */
    public Map<UUID, List<String>> organizationKeys(WorkspaceId ws) {
        return organizations.organizationKeysByPerson(ws);
    }

    /** Names of the organizations of each person's roles. */
    public Map<UUID, List<String>> organizationNames(WorkspaceId ws) {
        return organizations.organizationNamesByPerson(ws);
    }
}
