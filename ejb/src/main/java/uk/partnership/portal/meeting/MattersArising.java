package uk.partnership.portal.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.shared.PortalClock;

/**
 * The "matters arising and action log" item of a meeting: the body's actions open at the meeting (or now, for one
 * still to come), each with the latest progress reported before it, as the reader may see them.
 */
@Stateless
@PermitAll
public class MattersArising {

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    ActionLogQuery actions;

    @Inject
    PortalClock clock;

    public List<ActionView> of(long meetingId) {
        Meeting meeting = meetings.visibleMeeting(access.caller(), meetingId);
        OffsetDateTime now = clock.now();
        OffsetDateTime asAt = meeting.getStartsAt().isBefore(now) ? meeting.getStartsAt() : now;
        return actions.openAt(meeting.getBody().getId(), asAt, meeting.meetingDay());
    }
}
