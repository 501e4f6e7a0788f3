package uk.partnership.portal.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RagTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 6, 15);

    @Test
    void doneIsBlueWhateverTheDate() {
        assertEquals(Rag.BLUE, Rag.derive(ActionStatus.COMPLETE, TODAY.minusYears(1), TODAY));
        assertEquals(Rag.BLUE, Rag.derive(ActionStatus.CLOSED, TODAY.minusDays(1), TODAY));
    }

    @Test
    void pastDueOrOffTrackIsRed() {
        assertEquals(Rag.RED, Rag.derive(ActionStatus.ON_TRACK, TODAY.minusDays(1), TODAY));
        assertEquals(Rag.RED, Rag.derive(ActionStatus.OFF_TRACK, TODAY.plusMonths(6), TODAY));
        assertEquals(Rag.GREEN, Rag.derive(ActionStatus.ON_TRACK, TODAY, TODAY), "due today is not yet late");
    }

    @Test
    void atRiskOrNotStartedCloseToTheDateIsAmber() {
        assertEquals(Rag.AMBER, Rag.derive(ActionStatus.AT_RISK, TODAY.plusMonths(3), TODAY));
        assertEquals(Rag.AMBER, Rag.derive(ActionStatus.NOT_STARTED, TODAY.plusDays(13), TODAY));
        assertEquals(Rag.GREEN, Rag.derive(ActionStatus.NOT_STARTED, TODAY.plusDays(14), TODAY));
    }

    @Test
    void anOverrideWins() {
        assertEquals(Rag.AMBER, Rag.shown(Rag.AMBER, ActionStatus.ON_TRACK, TODAY.plusMonths(1), TODAY));
        assertEquals(Rag.GREEN, Rag.shown(null, ActionStatus.ON_TRACK, TODAY.plusMonths(1), TODAY));
    }
}
