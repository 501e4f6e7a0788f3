package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/**
 * The improvement plan: its priorities (each answering an inspection finding), and its refreshes after a visit, each
 * keeping what the plan said before as a revision.
 */
@Stateless
@PermitAll
public class PlanService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    BoardPapers papers;

    @Inject
    PlanSummary summary;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    /** Whether the caller may read the body's improvement papers (for links to them). */
    public boolean mayReadBoardPapers(long bodyId) {
        return papers.mayReadBoardPapers(access.caller(), bodyId);
    }

    public ImprovementViews.PlanView createPlan(long bodyId, ImprovementForms.PlanEntry form) {
        Caller caller = access.caller();
        Body body = papers.managedBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the plan.");
        ImprovementPlan plan = new ImprovementPlan(body, InvalidInputException.requireText(form.title(), "plan's title", 300),
                InvalidInputException.requireText(form.period(), "period (for example 2020–23)", 40));
        em.persist(plan);
        for (ImprovementForms.PriorityEntry p : form.priorities() == null ? List.<ImprovementForms.PriorityEntry>of() : form.priorities()) {
            addPriority(plan, p);
        }
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "ImprovementPlan", plan.getId(), plan.getTitle(),
                Changes.of().set("priorities", plan.getPriorities().size()));
        return summary.of(caller, plan);
    }

    public ImprovementViews.PlanView addPriority(long planId, ImprovementForms.PriorityEntry form) {
        Caller caller = access.caller();
        ImprovementPlan plan = papers.managedPlan(caller, planId);
        Priority p = addPriority(plan, form);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "PlanPriority", p.getId(), plan.getTitle() + " " + p.getNumber() + ". "
                + p.getTitle(), null);
        return summary.of(caller, plan);
    }

    public ImprovementViews.PlanView plan(long planId) {
        Caller caller = access.caller();
        return summary.of(caller, papers.readablePlan(caller, planId));
    }

    public List<ImprovementViews.PlanView> plans(long bodyId) {
        Caller caller = access.caller();
        Body body = papers.readableBody(caller, bodyId);
        return em.createQuery("select p from ImprovementPlan p where p.body = :b order by p.id", ImprovementPlan.class)
                .setParameter("b", body).getResultStream().map(p -> summary.of(caller, p)).toList();
    }

    /** After a visit: keeps what the plan said (priorities, roll-ups, statements) as a revision, then moves on. */
    public ImprovementViews.PlanView refresh(long planId, ImprovementForms.Refresh form) {
        Caller caller = access.caller();
        ImprovementPlan plan = papers.managedPlan(caller, planId);
        InvalidInputException.require(form != null, "Send the reason for the refresh.");
        ConflictException.requireVersion(plan.getVersion(), form.version());
        Inspection after = form.inspectionId() == null ? null : em.find(Inspection.class, form.inspectionId());
        InvalidInputException.require(form.inspectionId() == null || (after != null && after.getBody().equals(plan.getBody())),
                "Choose an inspection the body follows.");
        String snapshot;
        try (var jsonb = JsonbBuilder.create()) {
            snapshot = jsonb.toJson(summary.of(caller, plan).priorities());
        } catch (Exception e) {
            throw new IllegalStateException("The plan could not be kept as it stands", e);
        }
        LocalDate today = clock.today();
        em.persist(new PlanRevision(plan, plan.getRevision(), today,
                InvalidInputException.requireText(form.reason(), "reason for the refresh", 1000), after, snapshot));
        int revision = plan.refresh(today);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "ImprovementPlan", planId, "Refreshed to revision " + revision,
                Changes.of().set("inspection", form.inspectionId()));
        return summary.of(caller, plan);
    }

    /** What the plan said at an earlier revision, as kept at its refresh (JSON of its priorities). */
    public String revision(long planId, int revision) {
        ImprovementPlan plan = papers.readablePlan(access.caller(), planId);
        return em.createQuery("select r.snapshot from PlanRevision r where r.plan = :p and r.revision = :n", String.class)
                .setParameter("p", plan).setParameter("n", revision).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** For forms: the priorities of the body's plans and the findings of its inspections, as id and label. */
    public Map<String, List<ImprovementViews.Option>> options(long bodyId) {
        Body body = papers.readableBody(access.caller(), bodyId);
        List<ImprovementViews.Option> priorities = em.createQuery(
                        "select p from Priority p where p.plan.body = :b order by p.plan.id, p.number", Priority.class)
                .setParameter("b", body).getResultStream()
                .map(p -> new ImprovementViews.Option(p.getId(), p.getPlan().getTitle() + " " + p.getPlan().getPeriod()
                        + ": " + p.getNumber() + ". " + p.getTitle())).toList();
        List<ImprovementViews.Option> findings = em.createQuery(
                        "select f from Finding f where f.inspection.body = :b order by f.inspection.startsOn, f.number", Finding.class)
                .setParameter("b", body).getResultStream()
                .map(f -> new ImprovementViews.Option(f.getId(), f.optionLabel())).toList();
        return Map.of("priorities", priorities, "findings", findings);
    }

    private Priority addPriority(ImprovementPlan plan, ImprovementForms.PriorityEntry form) {
        InvalidInputException.require(form != null, "Send the priority.");
        Finding finding = form.findingId() == null ? null : em.find(Finding.class, form.findingId());
        InvalidInputException.require(form.findingId() == null || (finding != null
                && finding.getInspection().getBody().equals(plan.getBody())), "Choose a finding of an inspection the body follows.");
        Priority p = plan.addPriority(InvalidInputException.requireText(form.title(), "priority", 300),
                InvalidInputException.optionalText(form.description(), "description", 5000), finding);
        em.persist(p);
        return p;
    }
}
