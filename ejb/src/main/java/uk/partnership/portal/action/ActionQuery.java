package uk.partnership.portal.action;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.shared.Choices;

/**
 * One list of actions, written once as a query: who may see what ({@code Body.workingScope} with the owning agency,
 * as {@code Action.scope} uses it, written as a predicate), the filters
 * of the pages and the API, and the derived RAG rating ({@code Rag.derive} as a predicate), so paging, counting and
 * exporting agree with what a single action's page shows.
 */
final class ActionQuery {

    static final String COLUMNS = "a.id, a.reference, b.id, b.shortName, a.title, p.fullName, ag.id, ag.name, a.dueOn, "
            + "a.status, a.ragOverride, u.writtenOn, u.progress, u.impact";

    private static final String FROM = " from Action a join a.body b join a.ownerAgency ag left join a.ownerPerson p"
            + " left join a.latestUpdate u";

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new HashMap<>();
    private final LocalDate today;

    ActionQuery(Caller caller, ActionFilter filter, LocalDate today) {
        this.today = today;
        visibleTo(caller);
        if (filter == null) {
            return;
        }
        if (filter.bodyId() != null) {
            and("b.id = :body", "body", filter.bodyId());
        }
        if (filter.priorityId() != null) {
            and("a.priorityId = :priority", "priority", filter.priorityId());
        }
        if (filter.agencyId() != null) {
            and("ag.id = :ownerAgency", "ownerAgency", filter.agencyId());
        }
        String status = filter.status() == null ? "" : filter.status().strip().toUpperCase(Locale.ROOT);
        if (status.equals("OPEN")) {
            and("a.status <> :closed", "closed", ActionStatus.CLOSED);
        } else if (!status.isEmpty() && !status.equals("ANY")) {
            and("a.status = :status", "status", Choices.parse(ActionStatus.class, status,
                    "Filter by open, not started, on track, at risk, off track, complete or closed."));
        }
        if (filter.rag() != null && !filter.rag().isBlank()) {
            ragIs(Choices.parse(Rag.class, filter.rag(), "Filter by red, amber, green or blue."));
        }
        if (filter.overdue()) {
            where.append(" and a.status not in :done and a.dueOn < :today");
        }
        if (filter.dueBy() != null) {
            where.append(" and a.status not in :done");
            and("a.dueOn <= :dueBy", "dueBy", filter.dueBy());
        }
        if (filter.dueThisMonth()) {
            and("a.dueOn >= :monthStart", "monthStart", today.withDayOfMonth(1));
            and("a.dueOn <= :monthEnd", "monthEnd", today.withDayOfMonth(today.lengthOfMonth()));
        }
        String whose = filter.whose() == null ? "" : filter.whose().strip().toUpperCase(Locale.ROOT);
        if (whose.equals("ME")) {
            and("p.id = :me", "me", caller.personId() == null ? -1L : caller.personId());
        } else if (whose.equals("MY_AGENCY")) {
            and("ag.id = :myAgency", "myAgency", caller.agencyIdOrNone());
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            and("(lower(a.title) like :words or lower(a.reference) like :words)", "words",
                    "%" + filter.words().strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
    }

    private void visibleTo(Caller caller) {
        Condition seen = WorkingRecords.visibleTo(caller, "b", "ag");
        where.append(seen.jpql());
        parameters.putAll(seen.parameters());
    }

    /** {@link Rag#derive} as a predicate; an override wins over the derived colour. */
    private void ragIs(Rag rag) {
        String derived = switch (rag) {
            case BLUE -> "a.status in :done";
            case RED -> "a.status not in :done and (a.dueOn < :today or a.status = :offTrack)";
            case AMBER -> "a.status not in :done and a.dueOn >= :today and (a.status = :atRisk"
                    + " or (a.status = :notStarted and a.dueOn < :warnBy))";
            case GREEN -> "a.dueOn >= :today and (a.status = :onTrack or (a.status = :notStarted and a.dueOn >= :warnBy))";
        };
        where.append(" and (a.ragOverride = :rag or (a.ragOverride is null and ").append(derived).append("))");
        parameters.put("rag", rag);
        if (derived.contains(":offTrack")) {
            parameters.put("offTrack", ActionStatus.OFF_TRACK);
        }
        if (derived.contains(":atRisk")) {
            parameters.put("atRisk", ActionStatus.AT_RISK);
        }
        if (derived.contains(":notStarted")) {
            parameters.put("notStarted", ActionStatus.NOT_STARTED);
        }
        if (derived.contains(":onTrack")) {
            parameters.put("onTrack", ActionStatus.ON_TRACK);
        }
        if (derived.contains(":warnBy")) {
            parameters.put("warnBy", today.plusDays(Rag.NOT_STARTED_WARNING_DAYS));
        }
    }

    private void and(String predicate, String name, Object value) {
        where.append(" and ").append(predicate);
        parameters.put(name, value);
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em, "select count(a)" + FROM + where, Long.class);
    }

    /** A page in due-date order. */
    TypedQuery<Object[]> page(EntityManager em, int first, int size) {
        return bind(em, "select " + COLUMNS + FROM + where + " order by a.dueOn, a.id", Object[].class)
                .setFirstResult(first).setMaxResults(size);
    }

    /** The next chunk after (dueOn, id), for reading a long list without offsets. */
    TypedQuery<Object[]> after(EntityManager em, LocalDate dueOn, long id, int size) {
        String keyset = dueOn == null ? "" : " and (a.dueOn > :lastDue or (a.dueOn = :lastDue and a.id > :lastId))";
        TypedQuery<Object[]> q = bind(em, "select " + COLUMNS + FROM + where + keyset + " order by a.dueOn, a.id",
                Object[].class);
        if (dueOn != null) {
            q.setParameter("lastDue", dueOn).setParameter("lastId", id);
        }
        return q.setMaxResults(size);
    }

    /** Overdue counts per owning agency, most first. */
    TypedQuery<Object[]> overdueByAgency(EntityManager em) {
        return bind(em, "select ag.id, ag.name, count(a)" + FROM + where
                + " and a.status not in :done and a.dueOn < :today group by ag.id, ag.name order by count(a) desc, ag.name",
                Object[].class);
    }

    private <T> TypedQuery<T> bind(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        if (jpql.contains(":done")) {
            query.setParameter("done", List.of(ActionStatus.COMPLETE, ActionStatus.CLOSED));
        }
        if (jpql.contains(":today")) {
            query.setParameter("today", today);
        }
        return query;
    }

    /** A row of {@link #COLUMNS} as a list line. */
    static ActionView view(Object[] r, LocalDate today) {
        ActionStatus status = (ActionStatus) r[9];
        LocalDate due = (LocalDate) r[8];
        Rag rag = Rag.shown((Rag) r[10], status, due, today);
        return new ActionView((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], (String) r[4], (String) r[5],
                (Long) r[6], (String) r[7], due, status.name(), status.label(), rag.name(), rag.label(),
                status.outstanding() && due.isBefore(today), (LocalDate) r[11], (String) r[12], (String) r[13]);
    }
}
