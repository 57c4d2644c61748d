package org.rapport.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.RoleDraft;

/** A person as a caller wants it to be, checked by {@link PersonService} before it is stored. */
public record PersonDraft(
        @Nullable String displayName,
        @Nullable String givenName,
        @Nullable String familyName,
        List<ContactValue> emails,
        List<ContactValue> phones,
        List<Link> links,
        List<Address> addresses,
        List<RoleDraft> roles,
        @Nullable String birthday,
        List<String> tags,
        @Nullable String notes,
        @Nullable String howWeMet,
        @Nullable UUID introducedById,
        RelationshipDraft relationship) {

    /**
     * Someone known so far by name only, perhaps at an organization, whom the member knows in these
     * kinds of relationship: as logging an encounter, an event or a goal adds a new name.
     */
    public static PersonDraft named(String name, @Nullable String organization, Set<Kind> kinds) {
        return new PersonDraft(
                name,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                organization == null ? List.of() : List.of(new RoleDraft(null, organization, null, null, null)),
                null,
                List.of(),
                null,
                null,
                null,
                new RelationshipDraft(kinds, null, null));
    }

    /** This draft with how the member met them and who introduced them (may be null). */
    public PersonDraft met(String howWeMet, @Nullable UUID introducedById) {
        return new PersonDraft(
                displayName,
                givenName,
                familyName,
                emails,
                phones,
                links,
                addresses,
                roles,
                birthday,
                tags,
                notes,
                howWeMet,
                introducedById,
                relationship);
    }

    public record RelationshipDraft(
            Set<Kind> kinds,
            @Nullable ClosenessTier closenessTier,
            @Nullable Integer cadenceDays) {
        public static final RelationshipDraft NONE = new RelationshipDraft(Set.of(), null, null);
    }
}
