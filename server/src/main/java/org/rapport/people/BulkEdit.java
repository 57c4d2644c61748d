package org.rapport.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.ValidationException;
import org.rapport.api.WireValue;
import org.rapport.db.Ids;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Changes many people at once — tag, kinds, cadence, delete — and undoes such a change. */
@Service
public class BulkEdit {
    public enum Action implements WireValue {
        ADD_TAG,
        REMOVE_TAG,
        ADD_KIND,
        REMOVE_KIND,
        SET_CADENCE,
        DELETE
    }

    /** What one person looked like before, as far as a bulk action touches it. */
    record Before(
            UUID id,
            List<String> tags,
            Set<Kind> kinds,
            @Nullable Integer cadenceDays) {}

    public record Done(UUID undoId, String summary) {}

    private static final TypeReference<List<Before>> BEFORE = new TypeReference<>() {};
    private static final int MAX_PEOPLE = 1000;

    private final PersonService people;
    private final BulkUndoRepository undos;
    private final JsonMapper json;

    BulkEdit(PersonService people, BulkUndoRepository undos, JsonMapper json) {
        this.people = people;
        this.undos = undos;
        this.json = json;
    }

    @Transactional
    public Done apply(CurrentMember me, List<UUID> ids, Action action, @Nullable String value) {
        if (ids.isEmpty()) {
            throw ValidationException.of("ids", "select at least one person");
        }
        if (ids.size() > MAX_PEOPLE) {
            throw ValidationException.of("ids", "at most " + MAX_PEOPLE + " people at once");
        }
        String v = value == null ? "" : value.strip();
        var filter = new PersonFilter(
                null, null, null, List.copyOf(new LinkedHashSet<>(ids)), null, null, PersonFilter.Sort.NAME);
        List<Person> chosen =
                people.list(me, filter, PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        if (ids.size() > PageRequest.MAX_SIZE) {
            chosen = loadAll(me, filter);
        }
        List<Before> before = chosen.stream()
                .map(p -> new Before(
                        p.id(),
                        p.tags(),
                        p.relationship().kinds(),
                        p.relationship().cadenceDays()))
                .toList();
        String summary;
        if (action == Action.DELETE) {
            people.deleteLater(me, chosen.stream().map(Person::id).toList());
            summary = "Deleted " + count(chosen.size());
        } else {
            for (Person p : chosen) {
                people.update(me, p.id(), changed(p, action, v), p.version());
            }
            summary = describe(action, v) + " for " + count(chosen.size());
        }
        UUID undoId = Ids.newId();
        undos.insert(me, undoId, action.wire(), summary, json.writeValueAsString(before));
        return new Done(undoId, summary);
    }

    /** Puts back what the bulk action changed; people edited since keep their other edits. */
    @Transactional
    public String undo(CurrentMember me, UUID undoId) {
        var undo = undos.take(me, undoId).orElseThrow(() -> new NotFoundException("bulk action", undoId));
        List<Before> before = json.readValue(undo.payloadJson(), BEFORE);
        if (Action.DELETE.wire().equals(undo.action())) {
            people.restoreDeleted(me, before.stream().map(Before::id).toList());
        } else {
            for (Before b : before) {
                people.find(me, b.id()).ifPresent(p -> people.update(me, p.id(), restored(p, b), p.version()));
            }
        }
        return "Undone: " + undo.summary();
    }

    private List<Person> loadAll(CurrentMember me, PersonFilter filter) {
        List<Person> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var batch = people.list(me, filter, PageRequest.of(page, PageRequest.MAX_SIZE))
                    .items();
            all.addAll(batch);
            if (batch.size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private static PersonDraft changed(Person p, Action action, String value) {
        PersonDraft d = PersonRequest.from(p).toDraft();
        List<String> tags = new ArrayList<>(d.tags());
        Set<Kind> kinds = d.relationship().kinds().isEmpty()
                ? EnumSet.noneOf(Kind.class)
                : EnumSet.copyOf(d.relationship().kinds());
        Integer cadence = d.relationship().cadenceDays();
        switch (action) {
            case ADD_TAG -> tags.add(required(value, "a tag"));
            case REMOVE_TAG -> tags.removeIf(t -> t.equalsIgnoreCase(required(value, "a tag")));
            case ADD_KIND -> kinds.add(kind(value));
            case REMOVE_KIND -> kinds.remove(kind(value));
            case SET_CADENCE -> cadence = value.isEmpty() ? null : cadence(value);
            case DELETE -> throw new IllegalStateException("deleting changes no fields");
        }
        return with(d, tags, kinds, cadence);
    }

    private static PersonDraft restored(Person p, Before b) {
        return with(PersonRequest.from(p).toDraft(), b.tags(), b.kinds(), b.cadenceDays());
    }

    private static PersonDraft with(PersonDraft d, List<String> tags, Set<Kind> kinds, @Nullable Integer cadence) {
        var r = d.relationship();
        return new PersonDraft(
                d.displayName(),
                d.givenName(),
                d.familyName(),
                d.emails(),
                d.phones(),
                d.links(),
                d.addresses(),
                d.roles(),
                d.birthday(),
                tags,
                d.notes(),
                d.howWeMet(),
                d.introducedById(),
                new PersonDraft.RelationshipDraft(kinds, r.closenessTier(), cadence));
    }

    private static String required(String value, String what) {
        if (value.isEmpty()) {
            throw ValidationException.of("value", "name " + what);
        }
        return value;
    }

    private static Kind kind(String value) {
        Kind kind = WireValue.param(Kind.class, "value", value);
        if (kind == null) {
            throw ValidationException.of("value", "choose a kind: " + WireValue.allowed(Kind.class));
        }
        return kind;
    }

    private static int cadence(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ValidationException.of("value", "a cadence is a number of days");
        }
    }

    private static String describe(Action action, String value) {
        return switch (action) {
            case ADD_TAG -> "Tagged “" + value + "”";
            case REMOVE_TAG -> "Removed the tag “" + value + "”";
            case ADD_KIND -> "Added the kind " + value;
            case REMOVE_KIND -> "Removed the kind " + value;
            case SET_CADENCE -> value.isEmpty() ? "Cleared the cadence" : "Set the cadence to " + value + " days";
            case DELETE -> "Deleted";
        };
    }

    private static String count(int n) {
        return n == 1 ? "1 person" : n + " people";
    }
}
