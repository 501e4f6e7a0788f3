package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.partnership.portal.action.ActionLinks;
import uk.partnership.portal.shared.InvalidInputException;

/** The improvement plan's answer to the action log: the priority and finding an action answers are the body's own. */
@Stateless
@Local(ActionLinks.Plans.class)
@PermitAll
public class PlanActionLinks implements ActionLinks.Plans {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void requireOwn(long bodyId, Long priorityId, Long findingId) {
        Priority priority = priorityId == null ? null : em.find(Priority.class, priorityId);
        InvalidInputException.require(priorityId == null || (priority != null
                && priority.getPlan().getBody().getId() == bodyId), "Choose a priority of the body's improvement plan.");
        Finding finding = findingId == null ? null : em.find(Finding.class, findingId);
        InvalidInputException.require(findingId == null || (finding != null
                && finding.getInspection().getBody().getId() == bodyId),
                "Choose a finding of an inspection the body follows.");
    }
}
