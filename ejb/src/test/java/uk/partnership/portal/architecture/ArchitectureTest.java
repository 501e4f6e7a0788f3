package uk.partnership.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The rules of the package graph that already hold, so they keep holding. (The feature slices are not yet free of
 * cycles: that rule joins these when the cycles are broken.)
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.partnership.portal");

    @Test
    void sharedKnowsNoFeature() {
        noClasses().that().resideInAPackage("uk.partnership.portal.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("uk.partnership.portal.shared..", "java..",
                        "jakarta..")
                .check(PORTAL);
    }

    @Test
    void theStatutoryCalendarKnowsNoFeature() {
        noClasses().that().resideInAPackage("uk.partnership.portal.publication..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.partnership.portal.meeting..",
                        "uk.partnership.portal.minutes..", "uk.partnership.portal.action..", "uk.partnership.portal.body..")
                .check(PORTAL);
    }
}
