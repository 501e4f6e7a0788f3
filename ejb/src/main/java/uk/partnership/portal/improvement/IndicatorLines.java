package uk.partnership.portal.improvement;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;

/**
 * Indicators as lines — latest value, rate per head, change since the last value, against target, and whether the
 * reader may record the next value — their values read in one query however many indicators. A CDI helper of the
 * improvement services.
 */
@Dependent
public class IndicatorLines {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    /** The indicators tied to the plan's priorities, as lines grouped by priority id. */
    Map<Long, List<ImprovementViews.IndicatorLine>> byPriority(Caller caller, ImprovementPlan plan) {
        List<Indicator> planIndicators = em.createQuery(
                        "select i from Indicator i where i.priority.plan = :plan order by i.name", Indicator.class)
                .setParameter("plan", plan).getResultList();
        List<ImprovementViews.IndicatorLine> lines = lines(caller, planIndicators);
        Map<Long, List<ImprovementViews.IndicatorLine>> byPriority = new HashMap<>();
        for (int i = 0; i < planIndicators.size(); i++) {
            byPriority.computeIfAbsent(planIndicators.get(i).getPriority().getId(), k -> new ArrayList<>())
                    .add(lines.get(i));
        }
        return byPriority;
    }

    /** Lines for several indicators, their values read in one query. */
    List<ImprovementViews.IndicatorLine> lines(Caller caller, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        Map<Long, List<IndicatorValue>> values = new HashMap<>();
        em.createQuery("select v from IndicatorValue v where v.indicator in :is order by v.asAt", IndicatorValue.class)
                .setParameter("is", indicators).getResultStream()
                .forEach(v -> values.computeIfAbsent(v.getIndicator().getId(), k -> new ArrayList<>()).add(v));
        return indicators.stream().map(i -> line(caller, i, values.getOrDefault(i.getId(), List.of()))).toList();
    }

    ImprovementViews.IndicatorLine line(Caller caller, Indicator i, List<IndicatorValue> values) {
        IndicatorValue latest = values.isEmpty() ? null : values.get(values.size() - 1);
        IndicatorValue before = values.size() < 2 ? null : values.get(values.size() - 2);
        BigDecimal value = latest == null ? null : latest.getValue();
        return new ImprovementViews.IndicatorLine(i.getId(), i.getName(), i.getUnit().label(), i.getPolarity().label(),
                i.getTarget(), i.getRatePer(), i.getPopulation(), i.getPopulationSource(), i.getOwnerAgency().getId(),
                i.getOwnerAgency().getName(), latest == null ? null : latest.getAsAt(), value, i.rate(value),
                i.meetsTarget(value), before == null ? null : Indicator.percentChange(before.getValue(), value),
                mayRecord(caller, i));
    }

    boolean mayRecord(Caller caller, Indicator i) {
        return access.mayManage(caller, i.getBody().getId())
                || (caller.agencyId() != null && Objects.equals(caller.agencyId(), i.getOwnerAgency().getId()));
    }
}
