package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationshipTest {
    private static final OffsetDateTime EVENING_IN_NEW_YORK = OffsetDateTime.parse("2026-11-20T22:30:00-05:00");

    @Test
    void nextContactIsDueACadenceAfterTheLastContactsOwnDay() {
        var r = new Relationship(Set.of(Kind.PERSONAL), null, 30, null, null).withContact(EVENING_IN_NEW_YORK);
        // 22:30 in New York is already the 21st in UTC; the member's own calendar day is what counts.
        assertThat(r.nextContactDue()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void theTiersCadenceAppliesWhenNoneIsSet() {
        var r = new Relationship(Set.of(), ClosenessTier.INNER_CIRCLE, null, null, null)
                .withContact(EVENING_IN_NEW_YORK);
        assertThat(r.effectiveCadenceDays()).isEqualTo(7);
        assertThat(r.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 27));
        var own = new Relationship(Set.of(), ClosenessTier.INNER_CIRCLE, 3, null, null);
        assertThat(own.effectiveCadenceDays()).isEqualTo(3);
    }

    @Test
    void withoutCadenceOrTierNobodyIsEverDue() {
        var r = Relationship.NONE.withContact(EVENING_IN_NEW_YORK);
        assertThat(r.nextContactDue()).isNull();
        assertThat(r.lastContactAt()).isEqualTo(EVENING_IN_NEW_YORK);
    }

    @Test
    void kindsAreStoredCommaWrappedAndReadBack() {
        assertThat(RelationshipRepository.wire(Set.of(Kind.JOB_SEARCH, Kind.PERSONAL)))
                .isEqualTo(",personal,job_search,");
        assertThat(RelationshipRepository.wire(Set.of())).isEqualTo(",");
        assertThat(RelationshipRepository.kinds(",personal,job_search,"))
                .containsExactlyInAnyOrder(Kind.PERSONAL, Kind.JOB_SEARCH);
        assertThat(RelationshipRepository.kinds(",")).isEmpty();
    }
}
