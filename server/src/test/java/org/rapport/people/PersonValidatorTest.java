package org.rapport.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.api.FieldError;
import org.rapport.api.ValidationException;

class PersonValidatorTest {
    @Test
    void aMissingDisplayNameIsMadeFromGivenAndFamilyName() {
        var problems = new ValidationException.Collector();
        var clean = PersonValidator.clean(draft(null, "Ada", "Lovelace", List.of()), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(clean.displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void tagsAreTrimmedAndDeduplicatedIgnoringCaseAndAccents() {
        var problems = new ValidationException.Collector();
        var clean =
                PersonValidator.clean(draft("Ada", null, null, List.of(" Café ", "cafe", "CAFÉ", "Data")), problems);
        assertThat(clean.tags()).containsExactly("Café", "Data");
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertThat(PersonValidator.webUrl("linkedin.com/in/ada")).isEqualTo("https://linkedin.com/in/ada");
        assertThat(PersonValidator.webUrl("http://example.com")).isEqualTo("http://example.com");
        assertThat(PersonValidator.webUrl("javascript:alert(1)")).isNull();
        assertThat(PersonValidator.webUrl("data:text/html,hi")).isNull();
        assertThat(PersonValidator.webUrl("https://")).isNull();
        assertThat(PersonValidator.webUrl("with space.com")).isNull();
    }

    @Test
    void birthdaysWithAndWithoutYearAreCheckedAsRealDates() {
        for (String ok : List.of("1990-04-15", "--04-15", "--02-29")) {
            var problems = new ValidationException.Collector();
            PersonValidator.clean(birthday(ok), problems);
            assertThat(problems.isEmpty()).as(ok).isTrue();
        }
        for (String bad : List.of("1990-02-30", "--13-01", "15/04/1990", "04-15")) {
            var problems = new ValidationException.Collector();
            PersonValidator.clean(birthday(bad), problems);
            try {
                problems.throwIfAny();
            } catch (ValidationException e) {
                assertThat(e.errors()).extracting(FieldError::field).as(bad).containsExactly("birthday");
                continue;
            }
            throw new AssertionError(bad + " was accepted");
        }
    }

    private static PersonDraft birthday(String birthday) {
        return new PersonDraft(
                "Ada",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                birthday,
                List.of(),
                null,
                null,
                null,
                PersonDraft.RelationshipDraft.NONE);
    }

    private static PersonDraft draft(String display, String given, String family, List<String> tags) {
        return new PersonDraft(
                display,
                given,
                family,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                tags,
                null,
                null,
                null,
                PersonDraft.RelationshipDraft.NONE);
    }
}
