package uk.partnership.portal.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.action.ActionLinks;
import uk.partnership.portal.action.Resolution;
import uk.partnership.portal.shared.NotFoundException;

/** The minutes' answers to the action log about the resolutions actions carry out or were closed by. */
@Stateless
@Local(ActionLinks.Decisions.class)
@PermitAll
public class MinutesActionLinks implements ActionLinks.Decisions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    MinutesQueryService minutes;

    @Override
    public ActionLinks.Made madeBy(Caller caller, long decisionId) {
        Decision decision = em.find(Decision.class, decisionId);
        if (!minutes.decisionVisible(caller, decision)) {
            throw new NotFoundException();
        }
        return new ActionLinks.Made(decision.getItem().getMeeting().getBody().getId(),
                decision.getItem().getMeeting().getMunicipalYear());
    }

    @Override
    public Optional<Resolution> visible(Caller caller, Long decisionId) {
        Decision decision = decisionId == null ? null : em.find(Decision.class, decisionId);
        return minutes.decisionVisible(caller, decision) ? Optional.of(DecisionView.of(decision)) : Optional.empty();
    }
}
