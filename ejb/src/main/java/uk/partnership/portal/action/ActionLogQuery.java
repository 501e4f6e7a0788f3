package uk.partnership.portal.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.PortalClock;

/**
 * The action log as each reader may see it: pages in due-date order, chunks for exports of any length, overdue
 * actions by agency, one action with its history, and the actions open at a meeting. Each action is seen by the
 * body's members and by the owning agency only ({@link Action#scope}); everything else answers as not found.
 */
@Stateless
@PermitAll
public class ActionLogQuery {

    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    ActionRules rules;

    @Inject
    ActionDetails details;

    @Inject
    PortalClock clock;

    /** A page of the actions the caller may see that match the filter, in due-date order. */
    public ActionPage list(ActionFilter filter, int first, int size) {
        InvalidInputException.require(first >= 0, "The first row cannot be negative.");
        int rows = Math.max(1, Math.min(size, MAX_PAGE));
        LocalDate today = clock.today();
        ActionQuery query = new ActionQuery(access.caller(), filter, today);
        long total = query.count(em).getSingleResult();
        List<ActionView> page = total == 0 ? List.of() : query.page(em, first, rows).getResultStream()
                .map(r -> ActionQuery.view(r, today)).toList();
        return new ActionPage(total, first, rows, page);
    }

    /** The next {@code size} matching actions after the given one in due-date order, for exports of any length. */
    public List<ActionView> chunkAfter(ActionFilter filter, LocalDate dueOn, long id, int size) {
        LocalDate today = clock.today();
        return new ActionQuery(access.caller(), filter, today).after(em, dueOn, id, Math.min(size, 5000))
                .getResultStream().map(r -> ActionQuery.view(r, today)).toList();
    }

    /** Overdue actions the caller may see, grouped by owning agency, with the longest overdue first in each. */
    public List<AgencyOverdue> overdueByAgency(Long bodyId, int perAgency) {
        Caller caller = access.caller();
        LocalDate today = clock.today();
        ActionFilter all = new ActionFilter(bodyId, null, null, null, true, false, null, null);
        List<AgencyOverdue> groups = new ArrayList<>();
        for (Object[] row : new ActionQuery(caller, all, today).overdueByAgency(em).getResultList()) {
            long agencyId = (Long) row[0];
            ActionFilter ofAgency = new ActionFilter(bodyId, agencyId, null, null, true, false, null, null);
            List<ActionView> oldest = new ActionQuery(caller, ofAgency, today).page(em, 0, Math.max(1, perAgency))
                    .getResultStream().map(r -> ActionQuery.view(r, today)).toList();
            groups.add(new AgencyOverdue(agencyId, (String) row[1], (Long) row[2], oldest));
        }
        return groups;
    }

    public ActionDetail get(long actionId) {
        Caller caller = access.caller();
        return details.detail(caller, rules.visible(caller, actionId));
    }

    /**
     * The body's actions that were open at {@code asAt} (a meeting), each with the latest progress reported before
     * it, as the caller may see them (nothing for the public). The meeting page's "matters arising" item.
     */
    public List<ActionView> openAt(long bodyId, OffsetDateTime asAt, LocalDate day) {
        Caller caller = access.caller();
        Body body = em.find(Body.class, bodyId);
        Condition seen = WorkingRecords.visibleTo(caller, "a.body", "a.ownerAgency");
        List<Action> open = seen.bind(em.createQuery("""
                        select a from Action a join fetch a.ownerAgency
                        where a.body = :body and a.createdAt < :asAt and (a.closedOn is null or a.closedOn >= :day)"""
                        + seen.jpql() + " order by a.dueOn, a.id", Action.class)
                .setParameter("body", body).setParameter("asAt", asAt).setParameter("day", day))
                .getResultList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionUpdate> latest = new HashMap<>();
        em.createQuery("""
                        select u from ActionUpdate u where u.action in :actions and u.id in (
                          select max(u2.id) from ActionUpdate u2
                          where u2.action in :actions and u2.createdAt < :asAt group by u2.action)""", ActionUpdate.class)
                .setParameter("actions", open).setParameter("asAt", asAt)
                .getResultStream().forEach(u -> latest.put(u.getAction().getId(), u));
        List<ActionView> lines = new ArrayList<>();
        for (Action a : open) {
            ActionUpdate u = latest.get(a.getId());
            lines.add(a.viewAsAt(u == null ? ActionStatus.NOT_STARTED : u.getStatusAfter(), u, day));
        }
        return lines;
    }

    /** For the record page: the body's actions still open, which a meeting may agree to close. */
    public List<ActionView> openOf(long bodyId) {
        ActionFilter filter = new ActionFilter(bodyId, null, "OPEN", null, false, false, null, null);
        return list(filter, 0, MAX_PAGE).actions();
    }

    public boolean mayCreateFor(long bodyId) {
        return access.mayManage(access.caller(), bodyId);
    }
}
