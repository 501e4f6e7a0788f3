package uk.partnership.portal.web.body;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.improvement.PlanService;
import uk.partnership.portal.meeting.BodyMeetings;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.web.support.PageActions;

/** A body's page: what it is and who sits on it. An unknown or hidden body is the same not-found page. */
@Named
@RequestScoped
public class BodyViewBacking {

    @Inject
    BodyService bodyService;

    @Inject
    MeetingListQuery meetingLists;

    @Inject
    PlanService plans;

    private boolean boardPapers;

    private String id;
    private BodyDetail body;
    private List<MemberView> currentMembers;
    private List<MemberView> pastMembers;
    private List<String> agenciesRepresented;
    private boolean mayManage;
    private BodyMeetings meetings;

    public void load() {
        body = PageActions.loadOrNotFound(() -> bodyService.getBody(PageActions.id(id)));
        if (body == null) {
            return;
        }
        List<MemberView> members = bodyService.members(body.id());
        currentMembers = members.stream().filter(MemberView::current).toList();
        pastMembers = members.stream().filter(m -> !m.current()).toList();
        agenciesRepresented = currentMembers.stream().map(MemberView::agency).distinct().sorted().toList();
        mayManage = bodyService.mayManage(body.id());
        boardPapers = plans.mayReadBoardPapers(body.id());
        meetings = meetingLists.bodyMeetings(body.id());
    }

    public BodyMeetings getMeetings() {
        return meetings;
    }

    public List<String> getAgenciesRepresented() {
        return agenciesRepresented;
    }

    /** Plans, inspections, indicators and risks are for the body's members. */
    public boolean isBoardPapers() {
        return boardPapers;
    }

    public boolean isMayManage() {
        return mayManage;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public BodyDetail getBody() {
        return body;
    }

    public List<MemberView> getCurrentMembers() {
        return currentMembers;
    }

    public List<MemberView> getPastMembers() {
        return pastMembers;
    }
}
