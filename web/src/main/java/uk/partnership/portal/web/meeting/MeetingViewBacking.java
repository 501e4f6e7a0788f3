package uk.partnership.portal.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.minutes.MinutesRecord;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.web.support.PageActions;

/** A meeting's page: when and where, and the agenda as the reader may see it. */
@Named
@RequestScoped
public class MeetingViewBacking {

    @Inject
    MeetingService meetings;

    @Inject
    PaperService papers;

    @Inject
    MinutesQueryService minutesQuery;

    @Inject
    uk.partnership.portal.meeting.MattersArising arising;

    private List<uk.partnership.portal.action.ActionView> mattersArising = List.of();

    private String id;
    private MeetingView meeting;
    private Map<Long, List<PaperView>> papersByItem = Map.of();
    private MinutesRecord minutes;

    public void load() {
        meeting = PageActions.loadOrNotFound(() -> meetings.getMeeting(PageActions.id(id)));
        if (meeting != null) {
            papersByItem = papers.papersOfMeeting(meeting.id());
            if (meeting.items().stream().anyMatch(i -> "ACTION_LOG".equals(i.standardKind()))) {
                mattersArising = arising.of(meeting.id());
            }
            try {
                minutes = minutesQuery.minutes(meeting.id());
            } catch (NotFoundException notYet) {
                minutes = null; // draft, or not yet held: nothing to show this reader
            }
        }
    }

    /** The body's actions open at this meeting, as this reader may see them. */
    public List<uk.partnership.portal.action.ActionView> getMattersArising() {
        return mattersArising;
    }

    public MinutesRecord getMinutes() {
        return minutes;
    }

    public List<PaperView> papersOf(ItemView item) {
        return papersByItem.getOrDefault(item.id(), List.of());
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
