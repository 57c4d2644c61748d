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

    public record RelationshipDraft(
            Set<Kind> kinds,
            @Nullable ClosenessTier closenessTier,
            @Nullable Integer cadenceDays) {
        public static final RelationshipDraft NONE = new RelationshipDraft(Set.of(), null, null);
    }
}
