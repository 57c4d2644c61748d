package org.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The house rules of STYLE.md that a machine can check. */
class ModularityTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rapport");

    @Test
    void featureModulesHaveNoCycles() {
        ApplicationModules.of(RapportApplication.class).verify();
    }

    @Test
    void repositoriesAndControllersAreNotPartOfAModulesApi() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .or()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void onlyTheDbModuleLooksAtWhichDatabaseRuns() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.rapport.db..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.sqlite..", "org.postgresql..")
                .check(CLASSES);
    }

    @Test
    void theStorageModuleDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.rapport.db..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.rapport.accounts..",
                        "org.rapport.people..",
                        "org.rapport.organizations..",
                        "org.rapport.encounters..",
                        "org.rapport.followups..",
                        "org.rapport.home..",
                        "org.rapport.web..")
                .check(CLASSES);
    }
}
