package org.rapport.exports;

import ezvcard.VCardVersion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.rapport.accounts.CurrentMember;
import org.rapport.api.NotFoundException;
import org.rapport.api.PageRequest;
import org.rapport.api.PageResponse;
import org.rapport.api.ValidationException;
import org.rapport.people.Person;
import org.rapport.people.PersonFilter;
import org.rapport.people.PersonService;
import org.springframework.stereotype.Component;

/**
 * People as vCard or Google Contacts CSV, read page by page through the people module, so a large
 * network is written without being held in memory.
 */
@Component
class PeopleExports {
    private static final int PAGE = PageRequest.MAX_SIZE;

    private final PersonService people;

    PeopleExports(PersonService people) {
        this.people = people;
    }

    static VCardVersion vcardVersion(@Nullable String version) {
        if (version == null || version.isBlank() || version.equals("4.0") || version.equals("4")) {
            return VCardVersion.V4_0;
        }
        if (version.equals("3.0") || version.equals("3")) {
            return VCardVersion.V3_0;
        }
        throw ValidationException.of("version", "must be 4.0 or 3.0");
    }

    /** Everyone, the people with these ids (each must be in the workspace: 404 otherwise), or with a tag. */
    PersonFilter selection(CurrentMember me, @Nullable List<UUID> ids, @Nullable String tag) {
        if (ids != null && !ids.isEmpty()) {
            var found = people.existing(me.workspace(), ids);
            for (UUID id : ids) {
                if (!found.contains(id)) {
                    throw new NotFoundException("person", id);
                }
            }
            return new PersonFilter(
                    null, null, null, List.copyOf(new HashSet<>(ids)), null, null, PersonFilter.Sort.NAME);
        }
        if (tag != null && !tag.isBlank()) {
            return new PersonFilter(null, null, tag, null, null, null, PersonFilter.Sort.NAME);
        }
        return PersonFilter.ALL;
    }

    void writeVCards(CurrentMember me, PersonFilter selection, VCardVersion version, OutputStream out) {
        try (var writer = new ezvcard.io.text.VCardWriter(out, version)) {
            writer.setAddProdId(false);
            forEach(me, selection, person -> {
                try {
                    writer.write(VCards.of(person, version));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeGoogleCsv(CurrentMember me, PersonFilter selection, OutputStream out) {
        GoogleCsv.Columns columns = new GoogleCsv.Columns();
        forEach(me, selection, columns::fit);
        try (GoogleCsv csv = new GoogleCsv(out, columns)) {
            forEach(me, selection, csv::write);
        }
    }

    private void forEach(CurrentMember me, PersonFilter selection, Consumer<Person> action) {
        for (int page = 0; ; page++) {
            PageResponse<Person> found = people.list(me, selection, PageRequest.of(page, PAGE));
            found.items().forEach(action);
            if (found.items().size() < PAGE) {
                return;
            }
        }
    }
}
