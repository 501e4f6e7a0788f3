package uk.partnership.portal.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** An action's life: reported on by its owner, closed only by the body, and then fixed. */
class ActionTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 7, 20);

    private final Body board = new Body("Multi-Agency Children's Strategic Improvement Board", "MACSIB",
            BodyKind.IMPROVEMENT_BOARD, AccessLevel.PARTNERSHIP);
    private final Action action = new Action(board, "MACSIB-2020-001", new ActionOrigin(41L, null, 7L, 3L), null);

    ActionTest() {
        action.describe("Agree the PACE bed pathway", null, new Agency("Cleveland Police", AgencyKind.POLICE), null,
                TODAY.minusDays(3));
    }

    @Test
    void itKeepsWhatItCarriesOutByIdOnly() {
        assertEquals(41L, action.getDecisionId());
        assertEquals(7L, action.getPriorityId());
        assertEquals(3L, action.getFindingId());
        assertEquals(null, action.getRecommendationId());
    }

    @Test
    void progressMovesTheStatusButTheOwnerCannotCloseIt() {
        action.record(new ActionUpdate(action, TODAY, "Protocol signed off", "Children are known the same night",
                ActionStatus.COMPLETE, null));
        assertEquals(ActionStatus.COMPLETE, action.getStatus());
        assertEquals(Rag.BLUE, action.rag(TODAY));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> action.record(
                new ActionUpdate(action, TODAY, "done", null, ActionStatus.CLOSED, null)));
        assertTrue(refused.getMessage().contains("Only the Multi-Agency Children's Strategic Improvement Board can close"));
    }

    @Test
    void theBodyClosesItOnceAndThenItIsFixed() {
        action.close(99L, TODAY);
        assertEquals(ActionStatus.CLOSED, action.getStatus());
        assertEquals(99L, action.getClosedByDecisionId());
        assertEquals(TODAY, action.getClosedOn());
        assertThrows(InvalidInputException.class, () -> action.close(100L, TODAY), "already closed");
        assertThrows(InvalidInputException.class, () -> action.describe("New words", null, null, null, TODAY));
    }

    @Test
    void anOverriddenRagNeedsAReason() {
        assertEquals(Rag.RED, action.rag(TODAY), "past its due date");
        assertThrows(InvalidInputException.class, () -> action.overrideRag(Rag.AMBER, null));
        action.overrideRag(Rag.AMBER, "Police data now weekly; date to be reset at the next board");
        assertEquals(Rag.AMBER, action.rag(TODAY));
    }
}
