package uk.partnership.portal.web.action;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.AgencyOverdue;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.web.support.PageActions;

/** Overdue actions grouped by owning agency, for one body or everything the reader can see. */
@Named
@RequestScoped
public class OverdueActionsBacking {

    private static final int PER_AGENCY = 10;

    @Inject
    ActionLogQuery actions;

    @Inject
    BodyService bodies;

    private String body;
    private BodyDetail bodyDetail;
    private List<AgencyOverdue> groups = List.of();

    public void load() {
        if (body != null && !body.isBlank()) {
            bodyDetail = PageActions.loadOrNotFound(() -> bodies.getBody(PageActions.id(body)));
            if (bodyDetail == null) {
                return;
            }
        }
        groups = actions.overdueByAgency(bodyDetail == null ? null : bodyDetail.id(), PER_AGENCY);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public BodyDetail getBodyDetail() {
        return bodyDetail;
    }

    public List<AgencyOverdue> getGroups() {
        return groups;
    }
}
