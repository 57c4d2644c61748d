package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rapport.organizations.RoleDraft;
import org.rapport.people.ContactValue;
import org.rapport.people.Link;
import org.rapport.people.PersonBatch;
import org.rapport.people.PersonDraft;

class PersonMergeTest {
    private static PersonDraft draft(
            String name, String notes, List<ContactValue> emails, List<String> tags, String org) {
        return new PersonDraft(
                name,
                null,
                null,
                emails,
                List.of(),
                List.of(new Link(
                        "https://www.linkedin.com/in/" + name.toLowerCase().replace(' ', '-'), "linkedin")),
                List.of(),
                org == null ? List.of() : List.of(new RoleDraft(null, org, "CTO", null, null)),
                null,
                tags,
                notes,
                null,
                null,
                PersonDraft.RelationshipDraft.NONE);
    }

    @Test
    void mergingFillsWhatIsMissingUnionsListsAndKeepsWhatTheUserTyped() {
        PersonDraft have = draft(
                "Ana Ruiz",
                "typed by me",
                List.of(new ContactValue("ana@acme.example", "work")),
                List.of("friends"),
                "Acme");
        PersonDraft add = draft(
                "Ana María Ruiz",
                "from the file",
                List.of(new ContactValue("ANA@acme.example", null), new ContactValue("ana@home.example", "home")),
                List.of("Friends", "alumni"),
                "ACME");
        PersonDraft merged = PersonMerge.merge(have, add);
        assertThat(merged.displayName()).isEqualTo("Ana Ruiz");
        assertThat(merged.notes()).isEqualTo("typed by me");
        assertThat(merged.emails())
                .extracting(ContactValue::value)
                .containsExactly("ana@acme.example", "ana@home.example");
        assertThat(merged.tags()).containsExactly("friends", "alumni");
        assertThat(merged.roles()).hasSize(1);
        assertThat(merged.links()).hasSize(2);
        assertThat(PersonMerge.same(merged, PersonMerge.merge(merged, add))).isTrue();
        assertThat(PersonMerge.same(have, merged)).isFalse();
    }

    @Test
    void possibleDuplicatesByName() {
        UUID a = UUID.randomUUID(), b = UUID.randomUUID();
        Map<UUID, List<String>> orgs = Map.of(a, List.of("acme"), b, List.of("beta"));
        assertThat(DuplicateService.reason(row(a, "ana lopez"), row(b, "ana lopez"), orgs))
                .isEqualTo("same name, different organization");
        assertThat(DuplicateService.reason(row(a, "ana lopez"), row(b, "ana maria lopez"), orgs))
                .isEqualTo("same first and last name, one has a middle name");
        assertThat(DuplicateService.reason(row(a, "chris evans"), row(b, "christopher evans"), orgs))
                .startsWith("similar names");
        assertThat(DuplicateService.reason(row(a, "katherine johnson"), row(b, "katharine johnson"), orgs))
                .isEqualTo("similar names (a letter or two apart)");
        assertThat(DuplicateService.reason(row(a, "ana lopez"), row(b, "bea lopez"), orgs))
                .isNull();
    }

    private static PersonBatch.NameRow row(UUID id, String key) {
        return new PersonBatch.NameRow(id, key, key);
    }
}
