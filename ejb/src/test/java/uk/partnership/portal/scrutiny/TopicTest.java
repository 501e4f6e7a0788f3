package uk.partnership.portal.scrutiny;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.shared.InvalidInputException;

/** A topic's way into the work programme: suggested, screened, selected by the panel, approved by its parent. */
class TopicTest {

    private final Body panel = new Body("Children and Young People's Scrutiny Panel", "CYPSP", BodyKind.SCRUTINY_PANEL,
            AccessLevel.PUBLIC);

    private Topic suggested(TopicKind kind) {
        return new Topic(panel, 2020, "Youth Justice Service Inspection", "The service was inspected in 2019",
                null, kind, "A member of the public", SuggesterKind.PUBLIC, null, null, null, null);
    }

    @Test
    void aReviewIsScreenedSelectedAndApprovedBeforeItIsWorkedOn() {
        Topic topic = suggested(TopicKind.REVIEW);
        assertEquals(TopicStatus.SUGGESTED, topic.getStatus());
        assertNull(topic.score(), "no score before screening");
        InvalidInputException early = assertThrows(InvalidInputException.class,
                () -> topic.setTermsOfReference("Scope"));
        assertTrue(early.getMessage().contains("not in the agreed work programme"));

        topic.screen(4, 5, 3, 2, 0, "Strong public interest");
        assertEquals(TopicStatus.SCREENED, topic.getStatus());
        assertEquals(14, topic.score());
        assertThrows(InvalidInputException.class, () -> topic.approve(null), "approval follows the panel's selection");

        topic.select(null);
        assertEquals(TopicStatus.SELECTED, topic.getStatus());
        assertThrows(InvalidInputException.class, () -> topic.screen(1, 1, 1, 1, 1, null), "selected, no longer screened");
        topic.notSelected();
        assertEquals(TopicStatus.SELECTED, topic.getStatus(), "a selected topic is not unselected by the rest");

        topic.approve(null);
        assertTrue(topic.getStatus().agreed());
        topic.setTermsOfReference("How partners act on the inspection's recommendations");
        topic.publishReport("The panel's findings", LocalDate.of(2021, 3, 15));
        assertEquals(TopicStatus.COMPLETED, topic.getStatus());
        assertEquals(LocalDate.of(2021, 3, 15), topic.getReportPublishedOn());
    }

    @Test
    void scoresRunFromNoughtToFive() {
        Topic topic = suggested(TopicKind.REVIEW);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> topic.screen(6, 0, 0, 0, 0, null));
        assertEquals("Score each criterion from 0 to 5.", refused.getMessage());
        assertThrows(InvalidInputException.class, () -> topic.screen(0, -1, 0, 0, 0, null));
        assertEquals(TopicStatus.SUGGESTED, topic.getStatus(), "a refused screening changes nothing");
    }

    @Test
    void suggestionsLeftOutWhenOthersAreSelectedCanComeBackNextTime() {
        Topic topic = suggested(TopicKind.REVIEW);
        topic.notSelected();
        assertEquals(TopicStatus.NOT_SELECTED, topic.getStatus());
        topic.select(null);
        assertEquals(TopicStatus.SELECTED, topic.getStatus());
    }

    @Test
    void oneOffItemsAndBriefingsAreThePanelsOwnWithoutSelection() {
        Topic briefing = suggested(TopicKind.BRIEFING);
        assertEquals(TopicStatus.APPROVED, briefing.getStatus());
        assertThrows(InvalidInputException.class, () -> briefing.select(null));
    }
}
