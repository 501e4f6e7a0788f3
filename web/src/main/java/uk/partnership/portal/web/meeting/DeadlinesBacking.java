package uk.partnership.portal.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.web.support.PageActions;

/** Upcoming agenda deadlines of the bodies the secretary looks after. */
@Named
@RequestScoped
public class DeadlinesBacking {

    @Inject
    MeetingListQuery meetingLists;

    @Inject
    PortalClock clock;

    private List<MeetingSummary> upcoming;

    public void load() {
        upcoming = PageActions.loadOrNotFound(() -> meetingLists.deadlines());
    }

    public boolean overdue(MeetingSummary m) {
        return m.latestPublication() != null && m.latestPublication().isBefore(clock.today());
    }

    public List<MeetingSummary> getUpcoming() {
        return upcoming;
    }
}
