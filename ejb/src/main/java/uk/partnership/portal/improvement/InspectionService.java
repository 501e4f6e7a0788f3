package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.action.Action;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/** Inspections and visits a board follows: their judgements, and findings each traced to the actions taken on them. */
@Stateless
@PermitAll
public class InspectionService {

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

    public ImprovementViews.InspectionView recordInspection(long bodyId, ImprovementForms.InspectionEntry form) {
        Caller caller = access.caller();
        Body body = papers.managedBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the inspection.");
        InspectionKind kind = Choices.parse(InspectionKind.class, form.kind(),
                "Choose the kind: full inspection, monitoring visit, focused visit, SEND or joint targeted.");
        InvalidInputException.require(form.startsOn() != null, "Give the date the inspection began.");
        InvalidInputException.require(form.endsOn() == null || !form.endsOn().isBefore(form.startsOn()),
                "The inspection cannot end before it began.");
        Judgement overall = form.overall() == null || form.overall().isBlank() ? null : judgement(form.overall());
        Inspection inspection = new Inspection(body, kind, InvalidInputException.requireText(form.title(), "title", 300),
                form.startsOn(), form.endsOn(), InvalidInputException.optionalText(form.focusAreas(), "focus areas", 5000),
                overall, form.letterPublishedOn());
        for (ImprovementForms.AreaEntry a : form.judgements() == null ? List.<ImprovementForms.AreaEntry>of() : form.judgements()) {
            inspection.judge(InvalidInputException.requireText(a.area(), "area judged", 300), judgement(a.judgement()));
        }
        for (ImprovementForms.FindingEntry f : form.findings() == null ? List.<ImprovementForms.FindingEntry>of() : form.findings()) {
            inspection.find(Choices.parse(FindingKind.class, f.kind() == null ? "FINDING" : f.kind(),
                    "Each entry is a finding or a recommendation."), InvalidInputException.requireText(f.text(), "finding", 5000));
        }
        em.persist(inspection);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Inspection", inspection.getId(), kind.label() + ": " + inspection.getTitle(),
                Changes.of().set("overall", overall == null ? null : overall.name())
                        .set("findings", inspection.getFindings().size()));
        return view(caller, inspection);
    }

    public ImprovementViews.InspectionView inspection(long inspectionId) {
        Caller caller = access.caller();
        Inspection inspection = em.find(Inspection.class, inspectionId);
        if (inspection == null || !papers.mayRead(caller, inspection.getBody())) {
            throw new NotFoundException();
        }
        return view(caller, inspection);
    }

    public List<ImprovementViews.InspectionLine> inspections(long bodyId) {
        Body body = papers.readableBody(access.caller(), bodyId);
        return em.createQuery("select i from Inspection i where i.body = :b order by i.startsOn desc", Inspection.class)
                .setParameter("b", body).getResultStream().map(InspectionService::line).toList();
    }

    private ImprovementViews.InspectionView view(Caller caller, Inspection i) {
        LocalDate today = clock.today();
        Map<Long, List<ActionView>> actionsOf = new HashMap<>();
        if (!i.getFindings().isEmpty()) {
            Condition seen = WorkingRecords.visibleTo(caller, "a.body", "a.ownerAgency");
            seen.bind(em.createQuery("select a from Action a where a.findingId in :fs" + seen.jpql() + " order by a.id",
                            Action.class)
                    .setParameter("fs", i.getFindings().stream().map(Finding::getId).toList()))
                    .getResultStream().forEach(a -> actionsOf.computeIfAbsent(a.getFindingId(), k -> new ArrayList<>())
                            .add(a.view(today)));
        }
        List<ImprovementViews.FindingLine> findings = i.getFindings().stream().map(f ->
                new ImprovementViews.FindingLine(f.getId(), f.getNumber(), f.getKind().name(), f.getKind().label(), f.getText(),
                        actionsOf.getOrDefault(f.getId(), List.of()))).toList();
        return new ImprovementViews.InspectionView(i.getId(), i.getBody().getId(), i.getBody().getName(), i.getKind().name(),
                i.getKind().label(), i.getTitle(), i.getStartsOn(), i.getEndsOn(), i.getFocusAreas(),
                i.getOverall() == null ? null : i.getOverall().name(), i.getOverall() == null ? null : i.getOverall().label(),
                i.getLetterPublishedOn(), i.getJudgements().stream().map(j -> new ImprovementViews.JudgementLine(j.getArea(),
                j.getJudgement().name(), j.getJudgement().label())).toList(), findings);
    }

    static ImprovementViews.InspectionLine line(Inspection i) {
        return new ImprovementViews.InspectionLine(i.getId(), i.getKind().label(), i.getTitle(), i.getStartsOn(),
                i.getOverall() == null ? null : i.getOverall().label());
    }

    private static Judgement judgement(String value) {
        return Choices.parse(Judgement.class, value, "Judgements are outstanding, good, requires improvement or inadequate.");
    }
}
