package uk.partnership.portal.action;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.NotFoundException;

/** Who sees an action (its scope), who changes it (the body's secretaries) and who reports on it (also the owning agency). */
@Dependent
public class ActionRules {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    Action visible(Caller caller, long actionId) {
        Action action = em.find(Action.class, actionId);
        if (action == null || !access.maySee(caller, action.scope())) {
            throw new NotFoundException();
        }
        return action;
    }

    void requireEditor(Caller caller, Action action) {
        if (!access.mayManage(caller, action.getBody().getId())) {
            throw new ForbiddenException("Only the body's secretary can change an action; its owner reports progress.");
        }
    }

    boolean mayUpdate(Caller caller, Action action) {
        return access.mayManage(caller, action.getBody().getId())
                || (caller.agencyId() != null && caller.agencyId().equals(action.getOwnerAgency().getId()));
    }
}
