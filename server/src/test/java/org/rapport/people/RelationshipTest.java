package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationshipTest {
    private static final OffsetDateTime EVENING_IN_NEW_YORK = OffsetDateTime.parse("2026-11-20T22:30:00-05:00");
    private static final CadenceDefaults STANDARD = CadenceDefaults.standard();

    @Test
    void nextContactIsDueACadenceAfterTheLastContactsOwnDay() {
        var r = relationship(Set.of(Kind.PERSONAL), null, 30).withContact(EVENING_IN_NEW_YORK, STANDARD);
        // 22:30 in New York is already the 21st in UTC; the member's own calendar day is what counts.
        assertThat(r.nextContactDue()).isEqualTo(LocalDate.of(2026, 12, 20));
    }

    @Test
    void theTiersCadenceAppliesWhenNoneIsSetAndAPersonsOwnAlwaysWins() {
        var r = relationship(Set.of(), ClosenessTier.INNER_CIRCLE, null).withContact(EVENING_IN_NEW_YORK, STANDARD);
        assertThat(r.effectiveCadenceDays()).isEqualTo(7);
        assertThat(r.nextContactDue()).isEqualTo(LocalDate.of(2026, 11, 27));
        var own = relationship(Set.of(), ClosenessTier.INNER_CIRCLE, 3).recomputed(STANDARD);
        assertThat(own.effectiveCadenceDays()).isEqualTo(3);
    }

    @Test
    void workspaceDefaultsReplaceTheBuiltInOnesAndKindsApplyWithoutATier() {
        var defaults =
                new CadenceDefaults(Map.of(ClosenessTier.CLOSE, 21), Map.of(Kind.JOB_SEARCH, 14, Kind.BUSINESS, 45));
        assertThat(relationship(Set.of(), ClosenessTier.CLOSE, null)
                        .recomputed(defaults)
                        .effectiveCadenceDays())
                .isEqualTo(21);
        assertThat(relationship(Set.of(), ClosenessTier.REGULAR, null)
                        .recomputed(defaults)
                        .effectiveCadenceDays())
                .isEqualTo(90);
        assertThat(relationship(Set.of(Kind.BUSINESS, Kind.JOB_SEARCH), null, null)
                        .recomputed(defaults)
                        .effectiveCadenceDays())
                .as("the shortest of the kinds' cadences")
                .isEqualTo(14);
        assertThat(relationship(Set.of(Kind.PERSONAL), null, null)
                        .recomputed(defaults)
                        .effectiveCadenceDays())
                .isNull();
    }

    @Test
    void withoutCadenceTierOrKindDefaultNobodyIsEverDue() {
        var r = Relationship.NONE.withContact(EVENING_IN_NEW_YORK, STANDARD);
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

    private static Relationship relationship(Set<Kind> kinds, ClosenessTier tier, Integer cadence) {
        return new Relationship(kinds, tier, cadence, null, null, null);
    }
}
