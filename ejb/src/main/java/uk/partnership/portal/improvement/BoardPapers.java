package uk.partnership.portal.improvement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.shared.NotFoundException;

/**
 * Who reads and who keeps an improvement board's papers — its plans, inspections and risks. They are board papers:
 * the body's members (and, for a restricted body, its named agencies) read them, never the public, even for a public
 * body; the body's managers keep them. Every improvement service asks here, so the rule is written once. A plain
 * CDI helper running inside the calling service's transaction, not a service of its own.
 */
@Dependent
public class BoardPapers {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    BodyService bodies;

    boolean mayReadBoardPapers(Caller caller, long bodyId) {
        Body body = em.find(Body.class, bodyId);
        return body != null && mayRead(caller, body);
    }

    boolean mayRead(Caller caller, Body body) {
        return access.maySee(caller, body.workingScope(null));
    }

    /** The body, for a reader of its board papers; not found for anyone else. */
    Body readableBody(Caller caller, long bodyId) {
        Body body = bodies.visibleBody(caller, bodyId);
        if (!mayRead(caller, body)) {
            throw new NotFoundException();
        }
        return body;
    }

    Body managedBody(Caller caller, long bodyId) {
        Body body = readableBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        return body;
    }

    ImprovementPlan readablePlan(Caller caller, long planId) {
        ImprovementPlan plan = em.find(ImprovementPlan.class, planId);
        if (plan == null || !mayRead(caller, plan.getBody())) {
            throw new NotFoundException();
        }
        return plan;
    }

    ImprovementPlan managedPlan(Caller caller, long planId) {
        ImprovementPlan plan = readablePlan(caller, planId);
        access.requireManager(caller, plan.getBody().scope());
        return plan;
    }

    boolean mayManage(Caller caller, Body body) {
        return access.mayManage(caller, body.getId());
    }
}
