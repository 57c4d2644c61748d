package org.rapport.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.rapport.organizations.Role;

/** Someone in the network, with the calling member's relationship to them. */
public record Person(
        UUID id,
        String displayName,
        @Nullable String givenName,
        @Nullable String familyName,
        List<ContactValue> emails,
        List<ContactValue> phones,
        List<Link> links,
        List<Address> addresses,
        List<Role> roles,
        @Nullable String birthday,
        List<String> tags,
        @Nullable String notes,
        @Nullable String howWeMet,
        @Nullable UUID introducedById,
        Relationship relationship,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
