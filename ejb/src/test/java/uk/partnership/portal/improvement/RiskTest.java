package uk.partnership.portal.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.agency.AgencyKind;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.shared.InvalidInputException;

/** Seed 000's recruitment risk: scored likelihood × impact against the board's appetite, reviewed on a date. */
class RiskTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 7, 20);

    private final Body board = new Body("Multi-Agency Children's Strategic Improvement Board", "MACSIB",
            BodyKind.IMPROVEMENT_BOARD, AccessLevel.PARTNERSHIP);
    private final Agency council = new Agency("Middlesbrough Council", AgencyKind.LOCAL_AUTHORITY);
    private final Risk risk = new Risk(board, "Recruitment of permanent experienced social workers", null, null, council);

    @Test
    void aRiskAboveItsAppetiteStandsOutUntilClosed() {
        risk.assess(4, 5, 12, TODAY.plusMonths(3));
        assertEquals(20, risk.score());
        assertTrue(risk.aboveAppetite());
        risk.assess(3, 4, 12, TODAY.plusMonths(3));
        assertFalse(risk.aboveAppetite(), "12 is at the appetite, not above it");
        risk.assess(4, 5, 12, TODAY.plusMonths(3));
        risk.close();
        assertFalse(risk.aboveAppetite(), "a closed risk is no longer above anything");
    }

    @Test
    void aReviewDateInThePastIsOverdue() {
        risk.assess(2, 2, 10, TODAY.minusDays(1));
        assertTrue(risk.reviewOverdue(TODAY));
        risk.assess(2, 2, 10, TODAY);
        assertFalse(risk.reviewOverdue(TODAY), "due today is not yet overdue");
    }

    @Test
    void scoresStayOnTheFiveByFiveGrid() {
        assertEquals("Score likelihood and impact from 1 to 5.", assertThrows(InvalidInputException.class,
                () -> risk.assess(0, 5, 12, TODAY)).getMessage());
        assertThrows(InvalidInputException.class, () -> risk.assess(5, 6, 12, TODAY));
        assertThrows(InvalidInputException.class, () -> risk.assess(5, 5, 26, TODAY));
        assertEquals("Give the date of the next review.", assertThrows(InvalidInputException.class,
                () -> risk.assess(3, 3, 12, null)).getMessage());
    }
}
