package org.whatmatters.backend;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every endpoint says who may call it (Micronaut Security denies what is undeclared, and this keeps it
 * from being left to chance), and the layering in architecture.md holds.
 */
class SecurityDeclarationsTest {

    private final JavaClasses backend = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.whatmatters");

    @Test
    void everyControllerDeclaresItsRoles() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().beAnnotatedWith(Secured.class)
                .because("an endpoint without @Secured is denied at run time; declare who may use it")
                .check(backend);
    }

    @Test
    void theLibrariesKnowNothingOfMicronautOrTheBackend() {
        noClasses().that().resideInAnyPackage("org.whatmatters.notifications..", "org.whatmatters.translations..",
                        "org.whatmatters.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "org.whatmatters.backend..", "java.sql..")
                .check(backend);
    }
}
