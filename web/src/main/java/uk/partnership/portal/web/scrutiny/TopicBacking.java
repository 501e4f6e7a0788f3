package uk.partnership.portal.web.scrutiny;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.ResponseKind;
import uk.partnership.portal.scrutiny.SessionPurpose;
import uk.partnership.portal.web.support.PageActions;

/**
 * A topic's page: why it was suggested, how it was screened, its sessions and witnesses, the final report, the
 * numbered recommendations with the executive's responses and the actions that follow. The secretary's forms have
 * beans of their own ({@link TopicScreeningBacking}, {@link TopicSessionBacking}, {@link TopicReportBacking},
 * {@link RecommendationFormBacking}), each keeping what was typed when a rule is broken.
 */
@Named
@ViewScoped
public class TopicBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeQuery programmes;

    @Inject
    AgencyService agencies;

    private String id;
    private ProgrammeViews.TopicDetail topic;
    private List<MeetingSummary> meetings = List.of();

    public void load() {
        topic = PageActions.loadOrNotFound(() -> programmes.topic(PageActions.id(id)));
        if (topic != null && topic.mayManage()) {
            meetings = programmes.meetingsFor(topic.id());
        }
    }

    /** Runs a form's save; on success the page shows the topic as saved, with the message. */
    boolean saved(Supplier<ProgrammeViews.TopicDetail> call, String message) {
        ProgrammeViews.TopicDetail after = PageActions.attempt(call);
        if (after == null) {
            return false;
        }
        topic = after;
        Messages.addGlobalInfo(message);
        return true;
    }

    /** After a change the forms did not get back as a whole topic: read it again. */
    void reread() {
        topic = programmes.topic(topic.id());
    }

    public List<AgencyView> getAgencies() {
        return agencies.listAgencies();
    }

    public SessionPurpose[] getPurposes() {
        return SessionPurpose.values();
    }

    public ResponseKind[] getResponses() {
        return ResponseKind.values();
    }

    public List<Integer> getScores() {
        return List.of(0, 1, 2, 3, 4, 5);
    }

    public List<MeetingSummary> getMeetings() {
        return meetings;
    }

    public ProgrammeViews.TopicDetail getTopic() {
        return topic;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
