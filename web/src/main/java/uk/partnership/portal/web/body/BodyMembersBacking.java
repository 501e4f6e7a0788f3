package uk.partnership.portal.web.body;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.body.MembershipService;
import uk.partnership.portal.web.support.PageActions;

/** Managing a body's seats: for its secretaries and administrators; everyone else gets the not-found page. */
@Named
@ViewScoped
public class BodyMembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BodyService bodies;

    @Inject
    MembershipService memberships;

    private String id;
    private BodyDetail body;
    private List<MemberView> members;

    public void load() {
        body = PageActions.loadOrNotFound(() -> {
            BodyDetail found = bodies.getBody(PageActions.id(id));
            if (!bodies.mayManage(found.id())) {
                throw new uk.partnership.portal.shared.ForbiddenException();
            }
            return found;
        });
        if (body != null) {
            members = bodies.members(body.id());
        }
    }

    public void end(MemberView seat) {
        // The version is the one this page showed, so ending a seat someone has just changed is refused.
        if (PageActions.attempt(() -> memberships.endMembership(seat.membershipId(), seat.version(), null)) != null) {
            Messages.addGlobalInfo(seat.name() + "'s seat ends today. Their access to this body's papers ends with it.");
        }
        members = bodies.members(body.id());
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

    public List<MemberView> getMembers() {
        return members;
    }
}
