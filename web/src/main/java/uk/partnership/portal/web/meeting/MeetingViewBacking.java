package uk.partnership.portal.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.web.support.PageActions;

/** A meeting's page: when and where, and the agenda as the reader may see it. */
@Named
@RequestScoped
public class MeetingViewBacking {

    @Inject
    MeetingService meetings;

    private String id;
    private MeetingView meeting;

    public void load() {
        meeting = PageActions.loadOrNotFound(() -> meetings.getMeeting(PageActions.id(id)));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }
}
