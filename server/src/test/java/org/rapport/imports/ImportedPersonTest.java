package org.rapport.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Source keys are stored: a re-import finds its people by them, so their form may never drift. */
class ImportedPersonTest {
    @Test
    void aRecordWithAnEmailIsKeyedByItsFirstEmailNormalised() {
        assertThat(ImportedPerson.keyByEmailOrName(" Ana.Ruiz@Example.ORG ", "Ana Ruiz", "Globex"))
                .isEqualTo("email:ana.ruiz@example.org");
    }

    @Test
    void aRecordWithoutAnEmailIsKeyedByItsNameAtItsOrganization() {
        assertThat(ImportedPerson.keyByEmailOrName(null, "José  Núñez", "Initech, Inc."))
                .isEqualTo("name:jose nunez|initech, inc.");
        assertThat(ImportedPerson.keyByEmailOrName(null, "José Núñez", null)).isEqualTo("name:jose nunez|");
    }
}
