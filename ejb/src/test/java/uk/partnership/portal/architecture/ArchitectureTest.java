package uk.partnership.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.PortalClock;

/**
 * The shape of the package graph, so it keeps its shape: no cycles between feature slices, the foundation layered,
 * the action log below the features that carry actions, and the small shared packages knowing no feature.
 */
class ArchitectureTest {

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.partnership.portal");

    @Test
    void sharedKnowsNoFeature() {
        noClasses().that().resideInAPackage("uk.partnership.portal.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("uk.partnership.portal.shared..", "java..",
                        "jakarta..", "org.eclipse.microprofile..")
                .check(PORTAL);
    }

    /**
     * Every feature slice, foundation and business alike, is free of cycles. The business features stand in this
     * order: the action log, meetings, papers, minutes, then the improvement plan and scrutiny; a lower one learns
     * about a higher one's records only through the interfaces it declares ({@code ActionLinks}) or CDI events.
     */
    @Test
    void noFeatureSliceIsPartOfACycle() {
        slices().matching("uk.partnership.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void theActionLogKnowsNoFeatureAboveIt() {
        noClasses().that().resideInAPackage("uk.partnership.portal.action..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.partnership.portal.meeting..",
                        "uk.partnership.portal.paper..", "uk.partnership.portal.minutes..",
                        "uk.partnership.portal.improvement..", "uk.partnership.portal.scrutiny..")
                .check(PORTAL);
    }

    /**
     * The foundation is layered, bottom up: access (who may see what) → audit → agency → account → body. A layer
     * never names one above it; the access policy reads people and seats by query, not through their classes.
     */
    @Test
    void theFoundationIsLayeredWithoutCycles() {
        String[] order = {"access", "audit", "agency", "account", "body"};
        for (int i = 0; i < order.length; i++) {
            for (int j = i + 1; j < order.length; j++) {
                noClasses().that().resideInAPackage("uk.partnership.portal." + order[i] + "..")
                        .should().dependOnClassesThat().resideInAPackage("uk.partnership.portal." + order[j] + "..")
                        .because(order[i] + " sits below " + order[j])
                        .check(PORTAL);
            }
        }
    }

    @Test
    void theFoundationKnowsNoBusinessFeature() {
        noClasses().that().resideInAnyPackage("uk.partnership.portal.access..", "uk.partnership.portal.audit..",
                        "uk.partnership.portal.agency..", "uk.partnership.portal.account..", "uk.partnership.portal.body..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.partnership.portal.meeting..",
                        "uk.partnership.portal.paper..", "uk.partnership.portal.minutes..", "uk.partnership.portal.action..",
                        "uk.partnership.portal.improvement..", "uk.partnership.portal.scrutiny..")
                .check(PORTAL);
    }

    /**
     * "Today" and "now" come from the portal clock, so a test or a demonstration can stand on any date. Only the
     * clock itself, and the base entity's created/modified stamps (when a row was written, a fact of the server),
     * read the system time.
     */
    @Test
    void onlyThePortalClockReadsTheSystemTime() {
        noClasses().that().doNotHaveFullyQualifiedName(PortalClock.class.getName())
                .and().doNotHaveFullyQualifiedName(BaseEntity.class.getName())
                .should().callMethodWhere(DescribedPredicate.describe("read the system time",
                        (JavaMethodCall call) -> call.getName().equals("now")
                                && call.getTargetOwner().getPackageName().equals("java.time")))
                .check(PORTAL);
    }

    /**
     * The work list, the notifications, search and open data read every feature; no feature reads them (events flow
     * up to them, and search and open data apply each feature's own visibility rule).
     */
    @Test
    void theWorkListNotificationsSearchAndOpenDataAreTheTop() {
        noClasses().that().resideOutsideOfPackages("uk.partnership.portal.worklist..",
                        "uk.partnership.portal.notification..", "uk.partnership.portal.search..",
                        "uk.partnership.portal.opendata..")
                .should().dependOnClassesThat().resideInAnyPackage("uk.partnership.portal.worklist..",
                        "uk.partnership.portal.notification..", "uk.partnership.portal.search..",
                        "uk.partnership.portal.opendata..")
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
