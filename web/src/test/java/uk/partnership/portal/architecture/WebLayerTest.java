package uk.partnership.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

/**
 * Pages and the API see records, never entities, and never reach the database themselves (reading what an SQL
 * exception says, to answer in words, is allowed).
 */
class WebLayerTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.partnership.portal");

    @Test
    void pagesTheApiAndTheFeaturesHaveNoCycles() {
        slices().matching("uk.partnership.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void pagesAndTheApiNeverTouchAnEntity() {
        noClasses().that().resideInAnyPackage("uk.partnership.portal.web..", "uk.partnership.portal.api..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(PORTAL);
    }

    @Test
    void pagesAndTheApiNeverQueryTheDatabase() {
        noClasses().that().resideInAnyPackage("uk.partnership.portal.web..", "uk.partnership.portal.api..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(javax.sql.DataSource.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.sql.Connection.class)
                .check(PORTAL);
    }

    /** Pages take "today" from the portal clock too (the services are held to it by the ejb module's test). */
    @Test
    void pagesAndTheApiNeverReadTheSystemTime() {
        noClasses().that().resideInAnyPackage("uk.partnership.portal.web..", "uk.partnership.portal.api..")
                .should().callMethodWhere(DescribedPredicate.describe("read the system time",
                        (JavaMethodCall call) -> call.getName().equals("now")
                                && call.getTargetOwner().getPackageName().equals("java.time")))
                .check(PORTAL);
    }
}
