package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.action.Action;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.FormCheck;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/** The risks to a board's improvement: scored likelihood × impact against an appetite, reviewed, mitigated by actions. */
@Stateless
@PermitAll
public class RiskService {

    private static final int SCALE = 5;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    BoardPapers papers;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Inject
    FormCheck forms;

    public ImprovementViews.RiskView recordRisk(long bodyId, RiskForm form) {
        Caller caller = access.caller();
        Body body = papers.managedBody(caller, bodyId);
        forms.valid(form, "Send the risk.");
        Person person = form.getOwnerPersonId() == null ? null : em.find(Person.class, form.getOwnerPersonId());
        Agency agency = form.getOwnerAgencyId() != null ? em.find(Agency.class, form.getOwnerAgencyId())
                : person == null ? null : person.getAgency();
        InvalidInputException.require(agency != null, "Choose who owns the risk.");
        if (person != null) {
            person.requireWorksFor(agency);
        }
        Risk risk = new Risk(body, form.getTitle().strip(),
                InvalidInputException.optionalText(form.getDescription(), "description", 5000), person, agency);
        assess(risk, form);
        em.persist(risk);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Risk", risk.getId(), risk.getTitle(), Changes.of().set("score", risk.score()));
        return views(caller, risk.getBody(), List.of(risk)).get(0);
    }

    /** A review: new scores, the next review date, more mitigating actions; against the version the reviewer read. */
    public ImprovementViews.RiskView reviewRisk(long riskId, RiskAssessment form) {
        Caller caller = access.caller();
        Risk risk = em.find(Risk.class, riskId);
        if (risk == null || !papers.mayRead(caller, risk.getBody())) {
            throw new NotFoundException();
        }
        access.requireManager(caller, risk.getBody().scope());
        forms.valid(form, "Send the review.");
        ConflictException.requireVersion(risk.getVersion(), form.getVersion());
        int before = risk.score();
        assess(risk, form);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Risk", riskId, "Reviewed: " + risk.getTitle(),
                Changes.of().field("score", before, risk.score()));
        return views(caller, risk.getBody(), List.of(risk)).get(0);
    }

    /** The register: open risks by score, then the closed, with the likelihood × impact matrix of the open ones. */
    public ImprovementViews.RiskRegister register(long bodyId) {
        Caller caller = access.caller();
        Body body = papers.readableBody(caller, bodyId);
        List<ImprovementViews.RiskView> risks = views(caller, body, em.createQuery(
                        "select r from Risk r where r.body = :b order by r.closed, r.likelihood * r.impact desc, r.id", Risk.class)
                .setParameter("b", body).getResultList());
        int[][] cells = new int[SCALE][SCALE];
        risks.stream().filter(r -> !r.closed()).forEach(r -> cells[SCALE - r.impact()][r.likelihood() - 1]++);
        List<List<Integer>> matrix = new ArrayList<>();
        for (int[] row : cells) {
            matrix.add(Arrays.stream(row).boxed().toList());
        }
        return new ImprovementViews.RiskRegister(body.getId(), body.getName(), risks, matrix, papers.mayManage(caller, body));
    }

    /** The body's open risks scoring above their appetite, worst first (for the dashboard). */
    public List<ImprovementViews.RiskView> aboveAppetite(long bodyId) {
        Caller caller = access.caller();
        Body body = papers.readableBody(caller, bodyId);
        return views(caller, body, em.createQuery("select r from Risk r where r.body = :b and r.closed = false "
                        + "and r.likelihood * r.impact > r.appetite order by r.likelihood * r.impact desc", Risk.class)
                .setParameter("b", body).getResultList());
    }

    /** Risks of one body as the caller sees them, with the mitigating actions the caller may see: one read for all. */
    private List<ImprovementViews.RiskView> views(Caller caller, Body body, List<Risk> risks) {
        if (risks.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        Map<Long, List<ActionView>> mitigations = new HashMap<>();
        Condition seen = WorkingRecords.visibleTo(caller, "a.body", "a.ownerAgency");
        seen.bind(em.createQuery("select new uk.partnership.portal.improvement.Mitigation(r.id, a) from Risk r "
                        + "join r.mitigations a where r.body = :b and r.id in :risks" + seen.jpql() + " order by a.id",
                        Mitigation.class)
                .setParameter("b", body).setParameter("risks", risks.stream().map(Risk::getId).toList()))
                .getResultList()
                .forEach(m -> mitigations.computeIfAbsent(m.riskId(), k -> new ArrayList<>()).add(m.action().view(today)));
        return risks.stream().map(r -> new ImprovementViews.RiskView(r.getId(), r.getVersion(), r.getTitle(),
                r.getDescription(), r.getOwnerPerson() == null ? null : r.getOwnerPerson().getFullName(),
                r.getOwnerAgency().getName(), r.getLikelihood(), r.getImpact(), r.score(), r.getAppetite(),
                r.aboveAppetite(), r.getReviewOn(), r.reviewOverdue(today), r.isClosed(),
                mitigations.getOrDefault(r.getId(), List.of()))).toList();
    }

    private void assess(Risk risk, RiskAssessment form) {
        risk.assess(form.getLikelihood(), form.getImpact(),
                form.getAppetite() == null ? risk.getAppetite() : form.getAppetite(), form.getReviewOn());
        for (Long actionId : form.getMitigationActionIds()) {
            Action a = actionId == null ? null : em.find(Action.class, actionId);
            InvalidInputException.require(a != null, "Choose mitigating actions from the body's action log.");
            risk.mitigateWith(a);
        }
    }
}
