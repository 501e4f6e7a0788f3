package uk.partnership.portal.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.minutes.MinutesRecord;
import uk.partnership.portal.minutes.RecordService;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.web.support.PageActions;

/**
 * The secretary's record of a meeting: held, circulation and approval here; who came, declarations and the actions
 * the meeting closes in a bean per form ({@link AttendanceFormBacking}, {@link DeclarationsFormBacking},
 * {@link ActionClosureFormBacking}).
 */
@Named
@ViewScoped
public class RecordMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingListQuery meetingLists;

    @Inject
    RecordService records;

    @Inject
    MinutesQueryService minutesQuery;

    @Inject
    BodyService bodies;

    private String id;
    private MeetingView meeting;
    private MinutesRecord record;
    private List<MemberView> members;
    private Long approveAt;
    private Long movedBy;

    public void load() {
        if (meeting == null) {
            meeting = PageActions.loadOrNotFound(() -> {
                MeetingView found = meetings.getMeeting(PageActions.id(id));
                if (!found.mayManage()) {
                    throw new NotFoundException();
                }
                return found;
            });
            if (meeting != null) {
                refresh();
            }
        }
    }

    /** The meeting and its record as they now stand (after any form has saved). */
    void refresh() {
        meeting = meetings.getMeeting(meeting.id());
        record = minutesQuery.minutes(meeting.id());
        members = bodies.members(meeting.bodyId()).stream().filter(MemberView::current)
                .filter(m -> !"SECRETARY".equals(m.roleCode())).sorted(Comparator.comparing(MemberView::name)).toList();
    }

    /**
     * A form's change to the record: on success its message, and the meeting and record as they now stand (the form
     * then refills itself); refused, the message names what to fix and the form keeps what was typed.
     */
    boolean saved(Runnable change, String message) {
        if (!PageActions.run(change)) {
            return false;
        }
        Messages.addGlobalInfo(message);
        refresh();
        return true;
    }

    public void markHeld() {
        if (PageActions.run(() -> records.markHeld(meeting.id(), meeting.version()))) {
            Messages.addGlobalInfo("Recorded as held. The minutes are now a draft.");
        }
        refresh();
    }

    public void circulate() {
        if (PageActions.run(() -> records.circulate(meeting.id(), meeting.version()))) {
            Messages.addGlobalInfo("The draft minutes are circulated to members.");
        }
        refresh();
    }

    public void approve() {
        if (PageActions.attempt(() -> records.approveMinutes(meeting.id(), meeting.version(),
                approveAt == null ? -1 : approveAt, movedBy)) != null) {
            Messages.addGlobalInfo("The minutes are approved as a correct record and locked.");
        }
        refresh();
    }

    public List<MeetingSummary> getLaterMeetings() {
        return meetingLists.listMeetings(meeting.bodyId(), meeting.startsAt().toLocalDate().plusDays(1), null);
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

    public MinutesRecord getRecord() {
        return record;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public Long getApproveAt() {
        return approveAt;
    }

    public void setApproveAt(Long approveAt) {
        this.approveAt = approveAt;
    }

    public Long getMovedBy() {
        return movedBy;
    }

    public void setMovedBy(Long movedBy) {
        this.movedBy = movedBy;
    }
}
