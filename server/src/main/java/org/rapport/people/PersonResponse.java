package org.rapport.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person as the API answers it (see API.md). */
record PersonResponse(
        UUID id,
        String displayName,
        @Nullable String givenName,
        @Nullable String familyName,
        List<ContactValue> emails,
        List<ContactValue> phones,
        List<Link> links,
        List<Address> addresses,
        List<RoleResponse> roles,
        @Nullable String birthday,
        List<String> tags,
        @Nullable String notes,
        HowWeMetResponse howWeMet,
        RelationshipResponse relationship,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    record RoleResponse(
            String organization,
            UUID organizationId,
            @Nullable String title,
            @Nullable String start,
            @Nullable String end,
            boolean current) {}

    record HowWeMetResponse(
            @Nullable String story, @Nullable UUID introducedById) {}

    /** Strength is computed by the network module ({@link TieStrength}); without evidence it is null. */
    record StrengthResponse(int score, List<String> reasons) {}

    record RelationshipResponse(
            List<Kind> kinds,
            @Nullable ClosenessTier closenessTier,
            @Nullable Integer cadenceDays,
            @Nullable Integer effectiveCadenceDays,
            @Nullable StrengthResponse strength,
            @Nullable OffsetDateTime lastContactAt,
            @Nullable LocalDate nextContactDue) {}

    static PersonResponse from(Person p) {
        return from(p, null);
    }

    static PersonResponse from(Person p, TieStrength.@Nullable Score strength) {
        Relationship r = p.relationship();
        return new PersonResponse(
                p.id(),
                p.displayName(),
                p.givenName(),
                p.familyName(),
                p.emails(),
                p.phones(),
                p.links(),
                p.addresses(),
                p.roles().stream()
                        .map(role -> new RoleResponse(
                                role.organizationName(),
                                role.organizationId(),
                                role.title(),
                                role.start(),
                                role.end(),
                                role.isCurrent()))
                        .toList(),
                p.birthday(),
                p.tags(),
                p.notes(),
                new HowWeMetResponse(p.howWeMet(), p.introducedById()),
                new RelationshipResponse(
                        List.copyOf(r.kinds()),
                        r.closenessTier(),
                        r.cadenceDays(),
                        r.effectiveCadenceDays(),
                        strength == null ? null : new StrengthResponse(strength.score(), strength.reasons()),
                        r.lastContactAt(),
                        r.nextContactDue()),
                p.createdAt(),
                p.updatedAt(),
                p.version());
    }
}
