package uk.partnership.portal.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.meeting.MeetingForm;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.web.support.PageActions;

/** Scheduling one meeting or a regular series for a body; its secretaries only. */
@Named
@ViewScoped
public class ScheduleMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodies;

    @Inject
    MeetingService meetings;

    private String bodyParam;
    private BodyDetail body;
    private LocalDateTime startsAt;
    private String venue;
    private String onlineLink;
    private Integer everyWeeks;
    private Integer count = 1;

    public void load() {
        if (body == null) {
            body = PageActions.loadOrNotFound(() -> {
                BodyDetail found = bodies.getBody(PageActions.id(bodyParam));
                if (!bodies.mayManage(found.id())) {
                    throw new uk.partnership.portal.shared.ForbiddenException();
                }
                return found;
            });
        }
    }

    public void save() {
        List<MeetingSummary> created = PageActions.attempt(() -> meetings.schedule(body.id(),
                new MeetingForm(startsAt, venue, onlineLink, everyWeeks, count, null)));
        if (created != null) {
            Messages.addFlashGlobalInfo("Scheduled " + created.size() + (created.size() == 1 ? " meeting." : " meetings."));
            Faces.redirect(Faces.getRequestContextPath() + "/meeting/agenda.xhtml?id=%s",
                    String.valueOf(created.get(0).id()));
        }
    }

    public String getBodyParam() {
        return bodyParam;
    }

    public void setBodyParam(String bodyParam) {
        this.bodyParam = bodyParam;
    }

    public BodyDetail getBody() {
        return body;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
