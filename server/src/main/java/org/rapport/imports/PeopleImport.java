package org.rapport.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.rapport.accounts.CurrentMember;
import org.rapport.db.Ids;
import org.rapport.organizations.RoleDraft;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of a people import inside its transaction: records arrive one by one from a format reader,
 * are matched (source key, then email, LinkedIn profile, then same name at the same organization),
 * and are written in chunks of {@link #CHUNK}, so memory holds a chunk and the workspace's keys, never
 * the file.
 */
final class PeopleImport implements RecordSink {
    static final int CHUNK = 2_000;

    private final CurrentMember me;
    private final UUID importId;
    private final String source;
    private final PersonBatch batch;
    private final ImportRepository imports;
    private final JsonMapper json;
    private final IntConsumer progress;
    private final PersonBatch.Index index;
    private final Map<String, UUID> sources;
    private final Tally tally;

    private final Map<UUID, PersonDraft> pendingNew = new LinkedHashMap<>();
    private final Map<UUID, List<Pending>> pendingMerges = new LinkedHashMap<>();
    private final Map<String, UUID> pendingSources = new HashMap<>();
    private final Set<UUID> createdHere = new HashSet<>();
    private final Set<UUID> snapshotted = new HashSet<>();
    private int buffered;
    private int processed;

    private record Pending(int line, String name, PersonDraft draft, boolean fromSourceKey) {}

    PeopleImport(
            CurrentMember me,
            UUID importId,
            String source,
            PersonBatch batch,
            ImportRepository imports,
            JsonMapper json,
            Tally tally,
            IntConsumer progress) {
        this.me = me;
        this.importId = importId;
        this.source = source;
        this.batch = batch;
        this.imports = imports;
        this.json = json;
        this.tally = tally;
        this.progress = progress;
        this.index = batch.index(me.workspace());
        this.sources = imports.sources(me.workspace(), source, false);
    }

    @Override
    public void person(ImportedPerson p) {
        processed++;
        List<String> problems = new ArrayList<>();
        PersonDraft draft = PersonBatch.clean(draft(p), problems);
        problems.forEach(m -> tally.warning(p.line(), m));
        p.dropped().forEach(d -> tally.warning(p.line(), "not kept: " + d));
        if (draft.displayName() == null) {
            skipped(p.line(), "no name");
            return;
        }
        UUID known = sources.get(p.sourceKey());
        if (known == null) {
            known = pendingSources.get(p.sourceKey());
        }
        Optional<UUID> target = Optional.ofNullable(known);
        if (target.isEmpty()) {
            target = match(draft);
        }
        if (target.isEmpty()) {
            UUID id = Ids.newId();
            pendingNew.put(id, draft);
            createdHere.add(id);
            index.add(id, draft);
            pendingSources.put(p.sourceKey(), id);
            tally.created(p.line(), draft.displayName());
        } else {
            UUID id = target.get();
            index.add(id, draft); // rows further down find this person by the new emails and links too
            if (!sources.containsKey(p.sourceKey())) {
                pendingSources.putIfAbsent(p.sourceKey(), id);
            }
            PersonDraft pending = pendingNew.get(id);
            if (pending != null) {
                PersonDraft merged = PersonMerge.merge(pending, draft);
                pendingNew.put(id, merged);
                if (PersonMerge.same(pending, merged)) {
                    tally.unchanged(p.line(), draft.displayName());
                } else {
                    tally.updated(p.line(), draft.displayName());
                }
            } else {
                pendingMerges
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Pending(p.line(), draft.displayName(), draft, known != null));
            }
        }
        if (++buffered >= CHUNK) {
            flush();
        }
    }

    private Optional<UUID> match(PersonDraft d) {
        for (ContactValue e : d.emails()) {
            Optional<UUID> id = index.byEmail(e.value());
            if (id.isPresent()) {
                return id;
            }
        }
        for (Link l : d.links()) {
            Optional<UUID> id = index.byLink(l.url());
            if (id.isPresent()) {
                return id;
            }
        }
        for (RoleDraft r : d.roles()) {
            if (r.organizationName() != null) {
                Optional<UUID> id = index.byNameAt(d.displayName(), r.organizationName());
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void skipped(int line, String reason) {
        tally.skipped(line, reason);
    }

    @Override
    public void warning(int line, String message) {
        tally.warning(line, message);
    }

    /** Writes what the chunk created and changed; called every {@link #CHUNK} records and at the end. */
    void flush() {
        List<PersonBatch.Entry> created = new ArrayList<>();
        pendingNew.forEach((id, d) -> created.add(new PersonBatch.Entry(id, d)));
        batch.insert(me, created);
        if (!pendingMerges.isEmpty()) {
            Map<UUID, PersonDraft> current = batch.drafts(me, pendingMerges.keySet());
            List<PersonBatch.Entry> updates = new ArrayList<>();
            List<ImportRepository.Change> before = new ArrayList<>();
            for (var e : pendingMerges.entrySet()) {
                PersonDraft have = current.get(e.getKey());
                if (have == null) {
                    e.getValue().forEach(p -> tally.skipped(p.line(), "matched a person who was deleted meanwhile"));
                    continue;
                }
                PersonDraft merged = have;
                for (Pending p : e.getValue()) {
                    PersonDraft next = PersonMerge.merge(merged, p.draft());
                    if (PersonMerge.same(merged, next)) {
                        tally.unchanged(p.line(), p.name());
                    } else {
                        tally.updated(p.line(), p.name());
                    }
                    merged = next;
                }
                if (!PersonMerge.same(have, merged)) {
                    updates.add(new PersonBatch.Entry(e.getKey(), merged));
                    if (!createdHere.contains(e.getKey()) && snapshotted.add(e.getKey())) {
                        before.add(new ImportRepository.Change(
                                "person", e.getKey(), "updated", json.writeValueAsString(have)));
                    }
                }
            }
            batch.update(me, updates);
            imports.insertChanges(me.workspace(), importId, before);
        }
        imports.insertChanges(
                me.workspace(),
                importId,
                created.stream()
                        .map(c -> new ImportRepository.Change("person", c.id(), "created", null))
                        .toList());
        imports.insertSources(me.workspace(), source, importId, pendingSources, false);
        pendingSources.forEach(sources::put);
        pendingNew.clear();
        pendingMerges.clear();
        pendingSources.clear();
        buffered = 0;
        progress.accept(processed);
    }

    private static PersonDraft draft(ImportedPerson p) {
        List<RoleDraft> roles = p.organization() == null
                ? List.of()
                : List.of(new RoleDraft(null, p.organization(), p.title(), null, null));
        return new PersonDraft(
                p.displayName(),
                p.givenName(),
                p.familyName(),
                p.emails(),
                p.phones(),
                p.links(),
                p.addresses(),
                roles,
                p.birthday(),
                p.tags(),
                p.notes(),
                p.howWeMet(),
                null,
                new PersonDraft.RelationshipDraft(
                        p.kinds().isEmpty() ? Set.of() : java.util.EnumSet.copyOf(p.kinds()), null, null));
    }
}
