package uk.partnership.portal.improvement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.FormCheck;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/**
 * The measures a board watches, against target and per head of population. The body's members read them, and so
 * does the agency that owns each one; that agency alone (with the body's secretary) records its values.
 */
@Stateless
@PermitAll
public class IndicatorService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @Inject
    BoardPapers papers;

    @Inject
    IndicatorLines indicatorLines;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Inject
    FormCheck forms;

    public ImprovementViews.IndicatorView defineIndicator(long bodyId, IndicatorForm form) {
        Caller caller = access.caller();
        Body body = papers.managedBody(caller, bodyId);
        forms.valid(form, "Send the indicator.");
        Agency owner = em.find(Agency.class, form.getOwnerAgencyId());
        InvalidInputException.require(owner != null, "Choose the agency that records the indicator.");
        Priority priority = form.getPriorityId() == null ? null : em.find(Priority.class, form.getPriorityId());
        InvalidInputException.require(form.getPriorityId() == null || (priority != null
                && priority.getPlan().getBody().equals(body)), "Choose a priority of this body's plan.");
        Indicator indicator = new Indicator(body, priority, form.getName().strip(), form.getUnit(), form.getPolarity(),
                form.getTarget(), form.getRatePer(), form.getPopulation(),
                InvalidInputException.optionalText(form.getPopulationSource(), "population source", 300), owner);
        em.persist(indicator);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Indicator", indicator.getId(), indicator.getName(),
                Changes.of().set("owner", owner.getName()).set("ratePer", form.getRatePer())
                        .set("population", form.getPopulation()));
        return view(caller, indicator);
    }

    /** A value for a date, by the owning agency or the secretary; a second value for the same date corrects it. */
    public ImprovementViews.IndicatorView recordValue(long indicatorId, ImprovementForms.ValueEntry form) {
        Caller caller = access.caller();
        Indicator indicator = visibleIndicator(caller, indicatorId);
        if (!indicatorLines.mayRecord(caller, indicator)) {
            throw new ForbiddenException("Only " + indicator.getOwnerAgency().getName()
                    + " and the body's secretary record this indicator.");
        }
        InvalidInputException.require(form != null && form.asAt() != null && form.value() != null,
                "Give the date and the value.");
        InvalidInputException.require(!form.asAt().isAfter(clock.today()), "A value cannot be dated in the future.");
        InvalidInputException.require(indicator.getUnit() != Unit.PERCENT
                        || (form.value().signum() >= 0 && form.value().compareTo(BigDecimal.valueOf(100)) <= 0),
                "A percentage is between 0 and 100.");
        Person by = currentPerson.of(caller).orElse(null);
        IndicatorValue existing = em.createQuery("select v from IndicatorValue v where v.indicator = :i and v.asAt = :d",
                        IndicatorValue.class).setParameter("i", indicator).setParameter("d", form.asAt())
                .getResultStream().findFirst().orElse(null);
        BigDecimal before = existing == null ? null : existing.getValue();
        if (existing == null) {
            em.persist(new IndicatorValue(indicator, form.asAt(), form.value(), by));
        } else {
            existing.correct(form.value(), by);
        }
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Indicator", indicatorId, indicator.getName() + " at " + form.asAt(),
                Changes.of().field("value", before, form.value()));
        return view(caller, indicator);
    }

    public ImprovementViews.IndicatorView indicator(long indicatorId) {
        Caller caller = access.caller();
        return view(caller, visibleIndicator(caller, indicatorId));
    }

    /** The indicators the caller may see: the body's, for members; their own agency's, for others. */
    public List<ImprovementViews.IndicatorLine> indicators(Long bodyId) {
        Caller caller = access.caller();
        String ofBody = bodyId == null ? "" : " and i.body.id = :b";
        Condition seen = WorkingRecords.visibleTo(caller, "i.body", "i.ownerAgency");
        var q = seen.bind(em.createQuery("select i from Indicator i where 1 = 1" + ofBody + seen.jpql()
                + " order by i.name", Indicator.class));
        if (bodyId != null) {
            q.setParameter("b", bodyId);
        }
        return indicatorLines.lines(caller, q.getResultList());
    }

    private ImprovementViews.IndicatorView view(Caller caller, Indicator indicator) {
        List<IndicatorValue> values = em.createQuery(
                        "select v from IndicatorValue v where v.indicator = :i order by v.asAt", IndicatorValue.class)
                .setParameter("i", indicator).getResultList();
        List<ImprovementViews.ValueLine> lines = new ArrayList<>();
        BigDecimal previous = null;
        for (IndicatorValue v : values) {
            lines.add(new ImprovementViews.ValueLine(v.getAsAt(), v.getValue(), indicator.rate(v.getValue()),
                    Indicator.percentChange(previous, v.getValue()), indicator.meetsTarget(v.getValue())));
            previous = v.getValue();
        }
        return new ImprovementViews.IndicatorView(indicatorLines.line(caller, indicator, values), lines);
    }

    private Indicator visibleIndicator(Caller caller, long indicatorId) {
        Indicator indicator = em.find(Indicator.class, indicatorId);
        if (indicator == null || !access.maySee(caller, indicator.scope())) {
            throw new NotFoundException();
        }
        return indicator;
    }
}
