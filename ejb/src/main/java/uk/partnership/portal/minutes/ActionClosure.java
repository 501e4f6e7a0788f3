package uk.partnership.portal.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.action.ActionChanges;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;

/**
 * Closing actions is the body's decision: one resolution on an item of a held meeting closes the listed actions and
 * is kept with them.
 */
@Stateless
@PermitAll
public class ActionClosure {

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    RecordService records;

    @EJB
    ActionChanges actionChanges;

    @EJB
    ActionLogQuery actions;

    public DecisionView closeAtMeeting(long itemId, List<Long> actionIds) {
        Meeting meeting = meetings.managedItem(access.caller(), itemId).getMeeting();
        long bodyId = meeting.getBody().getId();
        String bodyName = meeting.getBody().getName();
        String wording = actionChanges.closureWording(bodyId, bodyName, actionIds);
        DecisionView resolution = records.recordDecision(itemId, new RecordForms.DecisionEntry("APPROVED", wording, null));
        actionChanges.closeByResolution(bodyId, bodyName, actionIds, resolution.id(), meeting.meetingDay());
        return resolution;
    }

    /** For the record page: the body's actions still open, which the meeting may agree to close. */
    public List<ActionView> closable(long meetingId) {
        Meeting meeting = meetings.managedMeeting(access.caller(), meetingId);
        return actions.openOf(meeting.getBody().getId());
    }
}
