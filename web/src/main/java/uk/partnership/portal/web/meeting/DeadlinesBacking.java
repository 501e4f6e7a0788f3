package uk.partnership.portal.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.web.support.PageActions;

/** Upcoming agenda deadlines of the bodies the secretary looks after. */
@Named
@RequestScoped
public class DeadlinesBacking {

    @Inject
    MeetingService meetings;

    @Inject
    PortalClock clock;

    private List<MeetingSummary> upcoming;

    public void load() {
        upcoming = PageActions.loadOrNotFound(() -> meetings.deadlines());
    }

    public boolean overdue(MeetingSummary m) {
        return m.latestPublication() != null && m.latestPublication().isBefore(clock.today());
    }

    public List<MeetingSummary> getUpcoming() {
        return upcoming;
    }
}
