package uk.partnership.portal.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.minutes.ReferralService;
import uk.partnership.portal.web.support.PageActions;

/** The agenda page's "items to be placed": referrals from other bodies waiting for the secretary to place them. */
@Named
@ViewScoped
public class ReferralPlacementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgendaBuilderBacking page;

    @Inject
    ReferralService referrals;

    private List<ReferralService.Waiting> waiting;

    public List<ReferralService.Waiting> getWaiting() {
        if (waiting == null) {
            waiting = page.getMeeting() == null || !"SCHEDULED".equals(page.getMeeting().statusCode()) ? List.of()
                    : referrals.waitingFor(page.getMeeting().id());
        }
        return waiting;
    }

    public void place(ReferralService.Waiting referral) {
        if (PageActions.attempt(() -> referrals.place(page.getMeeting().id(), referral.decisionId())) != null) {
            Messages.addGlobalInfo("Placed “" + referral.title() + "” on the agenda, for decision.");
        }
        waiting = null;
        page.refresh();
    }
}
