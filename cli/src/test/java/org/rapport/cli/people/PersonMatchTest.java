package org.rapport.cli.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonMatchTest {
    private static Map<String, Object> person(String name) {
        return Map.of("id", name.toLowerCase(), "displayName", name);
    }

    private static List<String> names(String written, String... found) {
        return PersonMatch.candidates(
                        written,
                        java.util.Arrays.stream(found)
                                .map(PersonMatchTest::person)
                                .toList())
                .stream()
                .map(p -> (String) p.get("displayName"))
                .toList();
    }

    @Test
    void anExactNameWinsOverLongerOnes() {
        assertThat(names("Ana", "Ana", "Ana Ruiz", "Ana Gómez")).containsExactly("Ana");
    }

    @Test
    void aFirstNameMeansEveryoneWhoseNameStartsWithIt() {
        assertThat(names("Ana", "Ana Ruiz", "Ana Gómez", "Susana Pérez", "Anabel Díaz"))
                .containsExactly("Ana Ruiz", "Ana Gómez");
        assertThat(names("Ana Ruiz", "Ana Ruiz Gómez", "Ana Gómez")).containsExactly("Ana Ruiz Gómez");
    }

    @Test
    void caseAccentsAndSpacesAreIgnored() {
        assertThat(names("jose  nunez", "José Núñez")).containsExactly("José Núñez");
        assertThat(names("JOSÉ", "José Núñez-Díaz")).containsExactly("José Núñez-Díaz");
    }

    @Test
    void someoneUnknownHasNoCandidates() {
        assertThat(names("Carla", "Carlos Ruiz", "Marcela")).isEmpty();
    }
}
