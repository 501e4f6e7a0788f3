package uk.partnership.portal.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.shared.InvalidInputException;

/** A meeting's life, as seed 003's scrutiny panel of 20 July 2020 lived it: agenda built, published, held, minuted. */
class MeetingTest {

    private static final OffsetDateTime FOUR_PM_BST = OffsetDateTime.of(2020, 7, 20, 15, 0, 0, 0, ZoneOffset.UTC);

    private final Body panel = new Body("Children and Young People's Scrutiny Panel", "CYPSP", BodyKind.SCRUTINY_PANEL,
            AccessLevel.PUBLIC);
    private final Meeting meeting = new Meeting(panel, FOUR_PM_BST, "Council Chamber, Town Hall", null);

    @Test
    void itsDayAndYearAreLondonsNotTheServers() {
        Meeting lateEvening = new Meeting(panel, OffsetDateTime.of(2021, 4, 30, 23, 30, 0, 0, ZoneOffset.UTC), null, null);
        assertEquals(LocalDate.of(2021, 5, 1), lateEvening.meetingDay(), "23:30 UTC on 30 April is 00:30 on 1 May in London");
        assertEquals(2021, lateEvening.getMunicipalYear(), "and so in the new municipal year");
        assertEquals(2020, meeting.getMunicipalYear());
    }

    @Test
    void theAgendaIsBuiltThenPublishedAndThenClosedToNewBusiness() {
        meeting.addStandardItems();
        int standard = meeting.getItems().size();
        meeting.addBusiness("Youth Justice Service Inspection", ItemPurpose.DISCUSSION);
        assertEquals(standard + 1, meeting.getItems().size());
        assertTrue(meeting.addActionLogItem(), "the action log joins once");
        assertFalse(meeting.addActionLogItem(), "and only once");
        AgendaItem previousMinutes = meeting.getItems().stream()
                .filter(i -> i.getStandardKind() == StandardItem.PREVIOUS_MINUTES).findFirst().orElseThrow();
        assertEquals(StandardItem.ACTION_LOG, meeting.getItems().get(meeting.getItems().indexOf(previousMinutes) + 1)
                .getStandardKind(), "straight after the previous minutes");
        for (int i = 0; i < meeting.getItems().size(); i++) {
            assertEquals(i + 1, meeting.getItems().get(i).getPosition(), "positions run 1, 2, 3 … without gaps");
        }

        meeting.publishAgenda(FOUR_PM_BST.minusDays(8), LocalDate.of(2020, 7, 10));
        assertTrue(meeting.agendaPublished());
        InvalidInputException late = assertThrows(InvalidInputException.class,
                () -> meeting.addBusiness("Another topic", ItemPurpose.DISCUSSION));
        assertTrue(late.getMessage().contains("already published"));
        assertFalse(meeting.addActionLogItem());
        assertThrows(InvalidInputException.class, () -> meeting.publishAgenda(FOUR_PM_BST, LocalDate.of(2020, 7, 11)));
    }

    @Test
    void minutesAreDraftedCirculatedAndApprovedInThatOrder() {
        assertThrows(InvalidInputException.class, meeting::markHeld, "no agenda, no meeting to record");
        meeting.publishAgenda(FOUR_PM_BST.minusDays(8), LocalDate.of(2020, 7, 10));
        Meeting next = new Meeting(panel, FOUR_PM_BST.plusMonths(2), null, null);
        assertThrows(InvalidInputException.class, () -> meeting.approveMinutes(next, null));
        meeting.markHeld();
        assertEquals(MeetingStatus.HELD, meeting.getStatus());
        assertEquals(MinutesStatus.DRAFT, meeting.getMinutesStatus());
        assertThrows(InvalidInputException.class, () -> meeting.approveMinutes(next, null),
                "minutes are circulated to members before they are approved");
        meeting.circulateMinutes();
        assertThrows(InvalidInputException.class, meeting::circulateMinutes);
        meeting.approveMinutes(next, null);
        assertEquals(MinutesStatus.APPROVED, meeting.getMinutesStatus());
        assertEquals(next, meeting.getMinutesApprovedAt());
        assertThrows(InvalidInputException.class, () -> meeting.cancel("Too late"), "a held meeting cannot be cancelled");
    }

    @Test
    void aRearrangedMeetingRemembersWhenItWasToBe() {
        meeting.rearrange(FOUR_PM_BST.plusDays(7), "Clash with full Council");
        assertEquals(FOUR_PM_BST, meeting.getRearrangedFrom());
        assertEquals(LocalDate.of(2020, 7, 27), meeting.meetingDay());
        assertEquals("Clash with full Council", meeting.getStatusReason());
        meeting.cancel("Panel inquorate");
        assertEquals(MeetingStatus.CANCELLED, meeting.getStatus());
        assertThrows(InvalidInputException.class, () -> meeting.rearrange(FOUR_PM_BST, "again"));
    }

    @Test
    void aReferralArrivesOnlyOnAnAgendaStillBeingBuilt() {
        Meeting source = new Meeting(panel, FOUR_PM_BST.minusMonths(1), null, null);
        AgendaItem resolution = source.addBusiness("Work programme 2020/21", ItemPurpose.DECISION);
        AgendaItem received = meeting.receiveReferral("Work programme of the scrutiny panel", resolution);
        assertEquals(ItemPurpose.DECISION, received.getPurpose());
        meeting.publishAgenda(FOUR_PM_BST.minusDays(8), LocalDate.of(2020, 7, 10));
        assertThrows(InvalidInputException.class, () -> meeting.receiveReferral("Late", resolution));
    }
}
