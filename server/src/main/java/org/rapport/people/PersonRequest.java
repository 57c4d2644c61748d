package org.rapport.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.RoleDraft;

/** A person as the API receives it, for POST and (merged onto the current person) for PATCH. */
record PersonRequest(
        @Nullable String displayName,
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable List<ContactValue> emails,
        @Nullable List<ContactValue> phones,
        @Nullable List<Link> links,
        @Nullable List<Address> addresses,
        @Nullable List<RoleRequest> roles,
        @Nullable String birthday,
        @Nullable List<String> tags,
        @Nullable String notes,
        @Nullable HowWeMet howWeMet,
        @Nullable RelationshipRequest relationship) {

    record RoleRequest(
            @Nullable String organization,
            @Nullable UUID organizationId,
            @Nullable String title,
            @Nullable String start,
            @Nullable String end) {}

    record HowWeMet(@Nullable String story, @Nullable UUID introducedById) {}

    record RelationshipRequest(
            @Nullable List<Kind> kinds,
            @Nullable ClosenessTier closenessTier,
            @Nullable Integer cadenceDays) {}

    PersonDraft toDraft() {
        var rel = relationship == null ? new RelationshipRequest(null, null, null) : relationship;
        var kinds = EnumSet.noneOf(Kind.class);
        if (rel.kinds() != null) {
            rel.kinds().stream().filter(Objects::nonNull).forEach(kinds::add);
        }
        return new PersonDraft(
                displayName,
                givenName,
                familyName,
                orEmpty(emails),
                orEmpty(phones),
                orEmpty(links),
                orEmpty(addresses),
                orEmpty(roles).stream()
                        .map(r -> new RoleDraft(r.organizationId(), r.organization(), r.title(), r.start(), r.end()))
                        .toList(),
                birthday,
                orEmpty(tags),
                notes,
                howWeMet == null ? null : howWeMet.story(),
                howWeMet == null ? null : howWeMet.introducedById(),
                new PersonDraft.RelationshipDraft(kinds, rel.closenessTier(), rel.cadenceDays()));
    }

    /** The current person in request form, so a PATCH can merge onto it. */
    static PersonRequest from(Person p) {
        var r = p.relationship();
        return new PersonRequest(
                p.displayName(),
                p.givenName(),
                p.familyName(),
                p.emails(),
                p.phones(),
                p.links(),
                p.addresses(),
                p.roles().stream()
                        .map(role -> new RoleRequest(
                                role.organizationName(), role.organizationId(), role.title(), role.start(), role.end()))
                        .toList(),
                p.birthday(),
                p.tags(),
                p.notes(),
                new HowWeMet(p.howWeMet(), p.introducedById()),
                new RelationshipRequest(List.copyOf(r.kinds()), r.closenessTier(), r.cadenceDays()));
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
