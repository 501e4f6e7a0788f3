package uk.partnership.portal.improvement;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.action.ActionStatus;
import uk.partnership.portal.action.Rag;
import uk.partnership.portal.shared.PortalClock;

/**
 * A plan as the board reads it, in a handful of reads whatever its size: each priority with the RAG of its actions
 * rolled up, the overdue count, the latest "so what?" statements and its indicators. A CDI helper of the improvement
 * services, running inside their transaction.
 */
@Dependent
public class PlanSummary {

    private static final int STATEMENTS_PER_PRIORITY = 3;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    BoardPapers papers;

    @Inject
    IndicatorLines indicators;

    @Inject
    PortalClock clock;

    ImprovementViews.PlanView of(Caller caller, ImprovementPlan plan) {
        LocalDate today = clock.today();
        Map<Long, EnumMap<Rag, Integer>> counts = new HashMap<>();
        Map<Long, Integer> overdue = new HashMap<>();
        // One grouped read for the whole plan, counting each group's actions by where their due dates fall
        // (overdue, within the warning period, later). Rag.shown — the one rule — is then asked once per bucket with
        // a date from that bucket, which gives exactly the colour it gives each action in it.
        LocalDate warnBy = today.plusDays(Rag.NOT_STARTED_WARNING_DAYS);
        for (Object[] row : em.createQuery("""
                        select a.priorityId, a.status, a.ragOverride, count(a),
                               sum(case when a.dueOn < :today then 1 else 0 end),
                               sum(case when a.dueOn < :warnBy then 1 else 0 end)
                        from Action a, Priority p where p.id = a.priorityId and p.plan = :plan
                        group by a.priorityId, a.status, a.ragOverride""", Object[].class)
                .setParameter("plan", plan).setParameter("today", today).setParameter("warnBy", warnBy).getResultList()) {
            long priority = (Long) row[0];
            ActionStatus status = (ActionStatus) row[1];
            Rag override = (Rag) row[2];
            int all = ((Number) row[3]).intValue();
            int late = ((Number) row[4]).intValue();
            int soon = ((Number) row[5]).intValue() - late;
            EnumMap<Rag, Integer> c = counts.computeIfAbsent(priority, k -> new EnumMap<>(Rag.class));
            c.merge(Rag.shown(override, status, today.minusDays(1), today), late, Integer::sum);
            c.merge(Rag.shown(override, status, today, today), soon, Integer::sum);
            c.merge(Rag.shown(override, status, warnBy, today), all - late - soon, Integer::sum);
            if (status.outstanding()) {
                overdue.merge(priority, late, Integer::sum);
            }
        }
        // The latest "so what?" of each action, newest first, a few per priority: one read for the whole plan.
        Map<Long, List<ImprovementViews.Statement>> statementsByPriority = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                        select priority_id, action_id, reference, written_on, progress, impact from (
                          select a.priority_id, a.id as action_id, a.reference, u.written_on, u.progress, u.impact,
                                 row_number() over (partition by a.priority_id order by u.written_on desc, u.id desc) as n
                          from action a join action_update u on u.id = a.latest_update_id
                          join plan_priority p on p.id = a.priority_id
                          where p.plan_id = ?1 and u.impact is not null) latest
                        where n <= ?2 order by priority_id, n""")
                .setParameter(1, plan.getId()).setParameter(2, STATEMENTS_PER_PRIORITY).getResultList()) {
            Object[] r = (Object[]) row;
            statementsByPriority.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(
                    new ImprovementViews.Statement(((Number) r[1]).longValue(), (String) r[2],
                            ((Date) r[3]).toLocalDate(), (String) r[4], (String) r[5]));
        }
        Map<Long, List<ImprovementViews.IndicatorLine>> indicatorsByPriority = indicators.byPriority(caller, plan);
        List<ImprovementViews.PriorityView> priorities = new ArrayList<>();
        for (Priority p : plan.getPriorities()) {
            EnumMap<Rag, Integer> c = counts.getOrDefault(p.getId(), new EnumMap<>(Rag.class));
            Rag rollUp = c.getOrDefault(Rag.RED, 0) > 0 ? Rag.RED : c.getOrDefault(Rag.AMBER, 0) > 0 ? Rag.AMBER
                    : c.getOrDefault(Rag.GREEN, 0) > 0 ? Rag.GREEN : c.getOrDefault(Rag.BLUE, 0) > 0 ? Rag.BLUE : null;
            List<ImprovementViews.Statement> statements = statementsByPriority.getOrDefault(p.getId(), List.of());
            List<ImprovementViews.IndicatorLine> indicators = indicatorsByPriority.getOrDefault(p.getId(), List.of());
            priorities.add(new ImprovementViews.PriorityView(p.getId(), p.getNumber(), p.getTitle(), p.getDescription(),
                    p.getFinding() == null ? null : p.getFinding().label(), rollUp == null ? null : rollUp.name(),
                    rollUp == null ? "No actions yet" : rollUp.label(), c.getOrDefault(Rag.RED, 0),
                    c.getOrDefault(Rag.AMBER, 0), c.getOrDefault(Rag.GREEN, 0), c.getOrDefault(Rag.BLUE, 0),
                    overdue.getOrDefault(p.getId(), 0), statements, indicators));
        }
        List<ImprovementViews.RevisionLine> revisions = em.createQuery(
                        "select r from PlanRevision r where r.plan = :p order by r.revision", PlanRevision.class)
                .setParameter("p", plan).getResultStream()
                .map(r -> new ImprovementViews.RevisionLine(r.getRevision(), r.getRefreshedOn(), r.getReason(),
                        r.getInspection() == null ? null : r.getInspection().getTitle())).toList();
        return new ImprovementViews.PlanView(plan.getId(), plan.getVersion(), plan.getBody().getId(), plan.getBody().getName(),
                plan.getTitle(), plan.getPeriod(), plan.getRevision(), plan.getRefreshedOn(), priorities, revisions,
                papers.mayManage(caller, plan.getBody()));
    }
}
