package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.shared.PortalClock;

/**
 * The board's dashboard around a plan: the plan's summary, overdue actions by agency, indicators against targets,
 * risks above appetite, and the visits to come and past.
 */
@Stateless
@PermitAll
public class PlanSummaryQuery {

    private static final int OVERDUE_AGENCIES = 5;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    BoardPapers papers;

    @Inject
    PlanSummary summary;

    @EJB
    IndicatorService indicators;

    @EJB
    RiskService risks;

    @EJB
    ActionLogQuery actions;

    @Inject
    PortalClock clock;

    /** For a plan: RAG by priority, overdue actions by agency, indicators against targets, risks, visits. */
    public ImprovementViews.Dashboard dashboard(long planId) {
        Caller caller = access.caller();
        ImprovementPlan plan = papers.readablePlan(caller, planId);
        long bodyId = plan.getBody().getId();
        LocalDate today = clock.today();
        List<ImprovementViews.InspectionLine> all = em.createQuery(
                        "select i from Inspection i where i.body = :b order by i.startsOn", Inspection.class)
                .setParameter("b", plan.getBody()).getResultStream().map(InspectionService::line).toList();
        return new ImprovementViews.Dashboard(summary.of(caller, plan), actions.overdueByAgency(bodyId, OVERDUE_AGENCIES),
                indicators.indicators(bodyId), risks.aboveAppetite(bodyId),
                all.stream().filter(i -> !i.startsOn().isBefore(today)).toList(),
                all.stream().filter(i -> i.startsOn().isBefore(today)).toList());
    }


}
