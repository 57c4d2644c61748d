package org.rapport.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.ConflictException;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.db.WorkspaceId;
import org.rapport.organizations.OrganizationService;
import org.rapport.organizations.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** People and the calling member's relationship to each. Every call is scoped to the member's workspace. */
@Service
public class PersonService {
    private final PersonRepository people;
    private final RelationshipRepository relationships;
    private final CadenceDefaultsRepository cadences;
    private final PeopleCounts counts;
    private final OrganizationService organizations;
    private final ChangeLog changeLog;
    private final ApplicationEventPublisher events;

    private final TieStrength strength;
    private final StrengthRanking ranking;

    PersonService(
            PersonRepository people,
            RelationshipRepository relationships,
            CadenceDefaultsRepository cadences,
            PeopleCounts counts,
            OrganizationService organizations,
            ChangeLog changeLog,
            ApplicationEventPublisher events,
            ObjectProvider<TieStrength> strength,
            StrengthRanking ranking) {
        this.strength = strength.getIfAvailable(() -> TieStrength.NONE);
        this.ranking = ranking;
        this.people = people;
        this.relationships = relationships;
        this.cadences = cadences;
        this.counts = counts;
        this.organizations = organizations;
        this.changeLog = changeLog;
        this.events = events;
    }

    public Optional<Person> find(CurrentMember me, UUID id) {
        return load(me, List.of(id)).stream().findFirst();
    }

    public Person get(CurrentMember me, UUID id) {
        return find(me, id).orElseThrow(() -> new NotFoundException("person", id));
    }

    public PageResponse<Person> list(CurrentMember me, PersonFilter filter, PageRequest page) {
        if (filter.sort() == PersonFilter.Sort.STRENGTH) {
            return listByStrength(me, filter, page);
        }
        var found = people.page(me.workspace(), me.memberId(), filter, page.size(), page.offset());
        long total = counts.total(
                me.workspace(),
                me.memberId(),
                filter,
                found.changeSequence(),
                () -> people.count(me.workspace(), me.memberId(), filter));
        return new PageResponse<>(hydrate(me, found.rows()), page.page(), page.size(), total);
    }

    /**
     * Strength is computed, not stored, so the matching ids are ordered here ({@link StrengthRanking}:
     * read once, then patched after writes; the member's strengths kept by the network module), then
     * only the page is loaded.
     */
    private PageResponse<Person> listByStrength(CurrentMember me, PersonFilter filter, PageRequest page) {
        List<UUID> ordered = ranking.ordered(me, filter, strength);
        int from = (int) Math.min(page.offset(), ordered.size());
        int to = Math.min(from + page.size(), ordered.size());
        return new PageResponse<>(load(me, ordered.subList(from, to)), page.page(), page.size(), ordered.size());
    }

    @Transactional
    public Person create(CurrentMember me, PersonDraft draft) {
        PersonDraft clean = validate(me, null, draft);
        UUID id = Ids.newId();
        Instant now = Instant.now();
        people.insert(me.workspace(), row(id, clean, now, now, 1));
        writeDetails(me, id, clean);
        relationships.save(me.workspace(), me.memberId(), id, relationshipFrom(clean, Relationship.NONE, defaults(me)));
        changeLog.record(me.workspace().value(), "person", id, ChangeLog.Operation.CREATE, me.memberId());
        return get(me, id);
    }

    @Transactional
    public Person update(CurrentMember me, UUID id, PersonDraft draft, long expectedVersion) {
        Person current = get(me, id);
        PersonDraft clean = validate(me, id, draft);
        if (!people.update(
                me.workspace(), row(id, clean, current.createdAt(), Instant.now(), expectedVersion), expectedVersion)) {
            throw ConflictException.staleVersion("person", expectedVersion);
        }
        writeDetails(me, id, clean);
        relationships.save(
                me.workspace(), me.memberId(), id, relationshipFrom(clean, current.relationship(), defaults(me)));
        changeLog.record(me.workspace().value(), "person", id, ChangeLog.Operation.UPDATE, me.memberId());
        return get(me, id);
    }

    /** Deletes a person; encounters they took part in stay, without them. */
    @Transactional
    public void delete(CurrentMember me, UUID id) {
        if (people.existing(me.workspace(), List.of(id)).isEmpty()) {
            throw new NotFoundException("person", id);
        }
        purge(me.workspace(), id);
        changeLog.record(me.workspace().value(), "person", id, ChangeLog.Operation.DELETE, me.memberId());
    }

    /** The workspace's tags with how many people carry each. */
    public List<Map.Entry<String, Long>> tags(CurrentMember me) {
        return people.tagCounts(me.workspace());
    }

    /** People called exactly this (ignoring case, accents and spacing): none, one, or several namesakes. */
    public List<UUID> idsNamed(CurrentMember me, String name) {
        return people.idsNamed(me.workspace(), name);
    }

    /**
     * Hides people at once and deletes them for good when the undo window has passed
     * ({@link PendingDeletionPurge}); {@link #restoreDeleted} brings them back before that.
     */
    @Transactional
    public int deleteLater(CurrentMember me, Collection<UUID> ids) {
        Set<UUID> found = people.existing(me.workspace(), ids);
        int marked = people.markDeleted(me.workspace(), found, System.currentTimeMillis());
        found.forEach(id ->
                changeLog.record(me.workspace().value(), "person", id, ChangeLog.Operation.DELETE, me.memberId()));
        return marked;
    }

    @Transactional
    public void restoreDeleted(CurrentMember me, Collection<UUID> ids) {
        people.markDeleted(me.workspace(), ids, null);
        ids.forEach(id ->
                changeLog.record(me.workspace().value(), "person", id, ChangeLog.Operation.CREATE, me.memberId()));
    }

    /** Deletes for good the people marked deleted before {@code cutoff}; each in its own transaction. */
    List<Map.Entry<WorkspaceId, UUID>> markedDeletedBefore(long cutoff) {
        return people.markedDeletedBefore(cutoff);
    }

    /**
     * Deletes for good a person a bulk delete marked. The log says so again: marking changed nothing
     * around them, while deleting takes them out of encounters and exchanges, which moves what
     * others' in-memory state derives (an unnamed exchange of an encounter left with one participant
     * now belongs to that participant).
     */
    @Transactional
    void purgeMarked(WorkspaceId ws, UUID id) {
        purge(ws, id);
        changeLog.record(ws.value(), "person", id, ChangeLog.Operation.DELETE, null);
    }

    /** Deletes a person for good; features pointing at them let go first ({@link PersonDeleted}). */
    @Transactional
    void purge(WorkspaceId ws, UUID id) {
        events.publishEvent(new PersonDeleted(ws, id));
        people.clearIntroducedBy(ws, id);
        people.delete(ws, id);
    }

    /** Which of these ids are people of the workspace. */
    public Set<UUID> existing(WorkspaceId ws, Collection<UUID> ids) {
        return people.existing(ws, ids);
    }

    public Map<UUID, String> displayNames(WorkspaceId ws, Collection<UUID> ids) {
        return people.displayNames(ws, ids);
    }

    /**
     * Sets the member's last contact with a person to {@code at} (or clears it) and recomputes when the
     * next contact is due. Called by encounters, which know when the last one was.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setLastContact(CurrentMember me, UUID personId, @Nullable OffsetDateTime at) {
        CadenceDefaults defaults = defaults(me);
        Relationship current = relationships
                .of(me.workspace(), me.memberId(), List.of(personId), defaults)
                .getOrDefault(personId, Relationship.NONE);
        if (Objects.equals(current.lastContactAt(), at)) {
            return;
        }
        relationships.save(me.workspace(), me.memberId(), personId, current.withContact(at, defaults));
        changeLog.record(me.workspace().value(), "relationship", personId, ChangeLog.Operation.UPDATE, me.memberId());
    }

    private PersonDraft validate(CurrentMember me, @Nullable UUID self, PersonDraft draft) {
        var problems = new ValidationException.Collector();
        PersonDraft clean = PersonValidator.clean(draft, problems);
        organizations.validateRoles(me.workspace(), draft.roles(), "roles", problems);
        UUID introducer = draft.introducedById();
        if (introducer != null
                && (introducer.equals(self)
                        || people.existing(me.workspace(), List.of(introducer)).isEmpty())) {
            problems.add("howWeMet.introducedById", "must be another person in this workspace");
        }
        problems.throwIfAny();
        return clean;
    }

    private void writeDetails(CurrentMember me, UUID id, PersonDraft d) {
        WorkspaceId ws = me.workspace();
        people.replaceContactPoints(
                ws,
                id,
                PersonRepository.PointKind.EMAIL,
                d.emails().stream()
                        .map(e -> new PersonRepository.ContactPoint(e.value(), e.label()))
                        .toList());
        people.replaceContactPoints(
                ws,
                id,
                PersonRepository.PointKind.PHONE,
                d.phones().stream()
                        .map(p -> new PersonRepository.ContactPoint(p.value(), p.label()))
                        .toList());
        people.replaceContactPoints(
                ws,
                id,
                PersonRepository.PointKind.LINK,
                d.links().stream()
                        .map(l -> new PersonRepository.ContactPoint(l.url(), l.label()))
                        .toList());
        people.replaceTags(ws, id, d.tags());
        organizations.replaceRoles(me, id, d.roles());
    }

    private static PersonRepository.PersonRow row(
            UUID id, PersonDraft d, Instant created, Instant updated, long version) {
        return new PersonRepository.PersonRow(
                id,
                Objects.requireNonNull(d.displayName()),
                d.givenName(),
                d.familyName(),
                d.birthday(),
                d.addresses(),
                d.notes(),
                d.howWeMet(),
                d.introducedById(),
                created,
                updated,
                version);
    }

    private static Relationship relationshipFrom(PersonDraft d, Relationship current, CadenceDefaults defaults) {
        var r = d.relationship();
        return new Relationship(r.kinds(), r.closenessTier(), r.cadenceDays(), null, current.lastContactAt(), null)
                .recomputed(defaults);
    }

    /** The workspace's keep-in-touch defaults (by closeness tier and by kind). */
    public CadenceDefaults defaults(CurrentMember me) {
        return cadences.cached(me.workspace());
    }

    /** Changes the defaults and moves every next-contact date of the workspace that depends on them. */
    @Transactional
    public CadenceDefaults changeDefaults(CurrentMember me, CadenceDefaults changed) {
        var problems = new ValidationException.Collector();
        changed.tiers().forEach((tier, days) -> checkDays("tiers." + tier.wire(), days, problems));
        changed.kinds().forEach((kind, days) -> checkDays("kinds." + kind.wire(), days, problems));
        problems.throwIfAny();
        cadences.save(me.workspace(), changed);
        CadenceDefaults saved = cadences.load(me.workspace());
        cadences.forget(me.workspace());
        for (var row : relationships.all(me.workspace(), saved)) {
            Relationship r = row.getValue().getValue();
            Relationship moved = r.recomputed(saved);
            if (!java.util.Objects.equals(moved.nextContactDue(), r.nextContactDue())) {
                relationships.save(me.workspace(), row.getKey(), row.getValue().getKey(), moved);
            }
        }
        changeLog.record(
                me.workspace().value(),
                "cadence_defaults",
                me.workspace().value(),
                ChangeLog.Operation.UPDATE,
                me.memberId());
        return saved;
    }

    private static void checkDays(String field, int days, ValidationException.Collector problems) {
        if (days < 1 || days > CadenceDefaults.MAX_DAYS) {
            problems.add(field, "must be between 1 and " + CadenceDefaults.MAX_DAYS + " days");
        }
    }

    /** People with all their details, in the order of {@code ids}, skipping ids not in the workspace. */
    List<Person> load(CurrentMember me, List<UUID> ids) {
        var rows = people.rows(me.workspace(), ids);
        return hydrate(
                me,
                ids.stream().distinct().filter(rows::containsKey).map(rows::get).toList());
    }

    /** People with all their details, from their rows, in the rows' order. */
    private List<Person> hydrate(CurrentMember me, List<PersonRepository.PersonRow> rowList) {
        if (rowList.isEmpty()) {
            return List.of();
        }
        WorkspaceId ws = me.workspace();
        Map<UUID, PersonRepository.PersonRow> rows = new java.util.LinkedHashMap<>();
        rowList.forEach(row -> rows.put(row.id(), row));
        var details = people.details(ws, rows.keySet());
        Map<UUID, List<Role>> roles = organizations.rolesOf(ws, rows.keySet());
        var rels = relationships.of(ws, me.memberId(), rows.keySet(), defaults(me));
        return rows.keySet().stream()
                .map(id -> {
                    var row = rows.get(id);
                    var d = details.getOrDefault(id, PersonRepository.Details.NONE);
                    var p = d.points();
                    return new Person(
                            id,
                            row.displayName(),
                            row.givenName(),
                            row.familyName(),
                            p.getOrDefault(PersonRepository.PointKind.EMAIL, List.of()).stream()
                                    .map(c -> new ContactValue(c.value(), c.label()))
                                    .toList(),
                            p.getOrDefault(PersonRepository.PointKind.PHONE, List.of()).stream()
                                    .map(c -> new ContactValue(c.value(), c.label()))
                                    .toList(),
                            p.getOrDefault(PersonRepository.PointKind.LINK, List.of()).stream()
                                    .map(c -> new Link(c.value(), c.label()))
                                    .toList(),
                            row.addresses(),
                            roles.getOrDefault(id, List.of()),
                            row.birthday(),
                            d.tags(),
                            row.notes(),
                            row.howWeMet(),
                            row.introducedById(),
                            rels.getOrDefault(id, Relationship.NONE),
                            row.createdAt(),
                            row.updatedAt(),
                            row.version());
                })
                .toList();
    }
}
