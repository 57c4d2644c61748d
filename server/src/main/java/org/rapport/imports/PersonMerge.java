package org.rapport.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rapport.db.Keys;
import org.rapport.organizations.RoleDraft;
import org.rapport.people.Address;
import org.rapport.people.PersonDraft;

/**
 * Merging what a file says about a person into what Rapport already has: fills what is missing and
 * unions emails, phones, links, addresses, tags and roles; never overwrites a value already there
 * (names, birthday, notes, how you met are the user's once set).
 */
final class PersonMerge {
    private PersonMerge() {}

    static PersonDraft merge(PersonDraft have, PersonDraft add) {
        return new PersonDraft(
                have.displayName() != null ? have.displayName() : add.displayName(),
                fill(have.givenName(), add.givenName()),
                fill(have.familyName(), add.familyName()),
                union(have.emails(), add.emails(), c -> Keys.emailKey(c.value())),
                union(have.phones(), add.phones(), c -> Keys.phoneKey(c.value())),
                union(have.links(), add.links(), l -> Keys.linkKey(l.url())),
                union(have.addresses(), add.addresses(), PersonMerge::addressKey),
                union(
                        have.roles(),
                        add.roles(),
                        r -> r.organizationName() == null ? "" : Keys.nameKey(r.organizationName())),
                fill(have.birthday(), add.birthday()),
                union(have.tags(), add.tags(), Keys::nameKey),
                fill(have.notes(), add.notes()),
                fill(have.howWeMet(), add.howWeMet()),
                have.introducedById(),
                have.relationship());
    }

    /** Whether merging changed anything that is stored (roles compared by organization and title). */
    static boolean same(PersonDraft a, PersonDraft b) {
        return a.equals(b) || (withoutRoleIds(a).equals(withoutRoleIds(b)));
    }

    private static PersonDraft withoutRoleIds(PersonDraft d) {
        List<RoleDraft> roles = d.roles().stream()
                .map(r -> new RoleDraft(
                        null,
                        r.organizationName() == null ? null : Keys.nameKey(r.organizationName()),
                        r.title(),
                        r.start(),
                        r.end()))
                .toList();
        return new PersonDraft(
                d.displayName(),
                d.givenName(),
                d.familyName(),
                d.emails(),
                d.phones(),
                d.links(),
                d.addresses(),
                roles,
                d.birthday(),
                d.tags(),
                d.notes(),
                d.howWeMet(),
                d.introducedById(),
                d.relationship());
    }

    private static @Nullable String fill(@Nullable String have, @Nullable String add) {
        return have != null && !have.isBlank() ? have : add;
    }

    private static <T> List<T> union(List<T> have, List<T> add, Function<T, String> key) {
        if (add.isEmpty()) {
            return have;
        }
        List<T> all = new ArrayList<>(have);
        Set<String> seen = new HashSet<>();
        have.forEach(h -> seen.add(key.apply(h)));
        for (T a : add) {
            if (seen.add(key.apply(a))) {
                all.add(a);
            }
        }
        return all.size() == have.size() ? have : all;
    }

    private static String addressKey(Address a) {
        return Keys.nameKey(String.join(
                "|",
                String.valueOf(a.street()),
                String.valueOf(a.city()),
                String.valueOf(a.postalCode()),
                String.valueOf(a.country())));
    }
}
