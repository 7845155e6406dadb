package org.whatmatters.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.HttpMethodMapping;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint says who may call it (Micronaut Security denies what is undeclared, and this keeps
 * it from being left to chance), and the layering in docs/architecture.md holds: backend packages
 * point one way (no cycles), and the libraries stay libraries.
 */
class SecurityDeclarationsTest {

    private final JavaClasses ours =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.whatmatters");

    @Test
    void everyControllerDeclaresItsRoles() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .beAnnotatedWith(Secured.class)
                .because(
                        "an endpoint without @Secured is denied at run time; declare who may use it")
                .check(ours);
    }

    @Test
    void everyRouteMethodHasItsRolesDeclared() {
        methods()
                .that()
                .areMetaAnnotatedWith(HttpMethodMapping.class)
                .should(
                        new ArchCondition<JavaMethod>(
                                "be annotated with @Secured or be in a class that is") {
                            @Override
                            public void check(JavaMethod method, ConditionEvents events) {
                                boolean declared =
                                        method.isAnnotatedWith(Secured.class)
                                                || method.getOwner().isAnnotatedWith(Secured.class);
                                events.add(
                                        new SimpleConditionEvent(
                                                method,
                                                declared,
                                                method.getFullName()
                                                        + (declared
                                                                ? " declares"
                                                                : " does not declare")
                                                        + " who may call it"));
                            }
                        })
                .andShould()
                .beDeclaredInClassesThat()
                .areAnnotatedWith(Controller.class)
                .because("every route is reachable only by the roles it names")
                .check(ours);
    }

    @Test
    void backendPackagesHaveNoCycles() {
        slices().matching("org.whatmatters.backend.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "packages point one way (docs/architecture.md): a cycle means two packages can only change together")
                .check(ours);
    }

    @Test
    void theLibrariesKnowNothingOfMicronautHttpSqlOrTheBackend() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "org.whatmatters.notifications..",
                        "org.whatmatters.translations..",
                        "org.whatmatters.conversation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.micronaut..",
                        "org.whatmatters.backend..",
                        "java.sql..",
                        "javax.sql..",
                        "java.net.http..",
                        "jakarta.servlet..")
                .check(ours);
    }

    @Test
    void notificationsKnowNoConversationOrTranslations() {
        noClasses()
                .that()
                .resideInAPackage("org.whatmatters.notifications..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.whatmatters.conversation..", "org.whatmatters.translations..")
                .because(
                        "notifications delivers what it is given; it does not decide what a message says")
                .check(ours);
    }

    @Test
    void translationsImportNothingOfOurs() {
        noClasses()
                .that()
                .resideInAPackage("org.whatmatters.translations..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.whatmatters.backend..",
                        "org.whatmatters.conversation..",
                        "org.whatmatters.notifications..")
                .because(
                        "translations is the bottom library: the script engine and the backend build on it")
                .check(ours);
    }
}
