package uk.partnership.portal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.PortalClock;

/**
 * Reminders about actions, once a day on every node: an outstanding action due within 7 days, once for its due date,
 * to its owner; an overdue one, once a week, to its owner and the administrators of the owning agency. The row in
 * {@code action_reminder} is claimed first, so a second node (or a second run on the same day) writes nothing.
 */
@Singleton
@Startup
@PermitAll
public class ActionReminders {

    private static final Logger LOG = Logger.getLogger(ActionReminders.class.getName());
    private static final int CHUNK = 1000;
    private static final String OUTSTANDING = " a.status not in ('COMPLETE', 'CLOSED')";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    NotificationWriter writer;

    @EJB
    AccessPolicy access;

    @Inject
    MailSettings settings;

    @Inject
    PortalClock clock;

    /** Hourly, so a node started late in the day or a missed hour still sends the day's reminders. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    void hourly() {
        if (settings.enabled()) {
            remind();
        }
    }

    /** For system administrators: today's round now, rather than at the next hour; a second call finds it done. */
    public int remindNow() {
        if (!access.caller().systemAdmin()) {
            throw new ForbiddenException();
        }
        return remind();
    }

    /** Claims and writes today's reminders; how many actions were reminded about. */
    int remind() {
        LocalDate today = clock.today();
        List<Number> dueSoon = claim(NotificationKind.ACTION_DUE_SOON, today, " a.due_on > ?1 and a.due_on <= ?2"
                + " and not exists (select 1 from action_reminder r where r.action_id = a.id"
                + " and r.kind = 'ACTION_DUE_SOON' and r.due_on = a.due_on)", today.plusDays(7));
        write(NotificationKind.ACTION_DUE_SOON, dueSoon, false);
        List<Number> overdue = claim(NotificationKind.ACTION_OVERDUE, today, " a.due_on < ?1"
                + " and not exists (select 1 from action_reminder r where r.action_id = a.id"
                + " and r.kind = 'ACTION_OVERDUE' and r.reminded_on > ?2)", today.minusDays(7));
        write(NotificationKind.ACTION_OVERDUE, overdue, true);
        int reminded = dueSoon.size() + overdue.size();
        if (reminded > 0) {
            LOG.info(() -> "Reminders for " + dueSoon.size() + " actions due soon and " + overdue.size() + " overdue");
        }
        return reminded;
    }

    @SuppressWarnings("unchecked")
    private List<Number> claim(NotificationKind kind, LocalDate today, String condition, LocalDate second) {
        return em.createNativeQuery("insert into action_reminder (action_id, kind, due_on, reminded_on)"
                        + " select a.id, '" + kind.name() + "', a.due_on, ?1 from action a where" + OUTSTANDING
                        + " and" + condition + " on conflict do nothing returning action_id")
                .setParameter(1, today).setParameter(2, second).getResultList();
    }

    /**
     * For each claimed action, the owner and, for an overdue one, the owning agency's administrators, who want this
     * mail (their choice for the action's body): one statement per thousand actions, not two per action.
     */
    private void write(NotificationKind kind, List<Number> claimed, boolean withAdministrators) {
        String people = withAdministrators
                ? " (p.id = a.owner_person_id or (p.agency_admin and p.agency_id = a.owner_agency_id))"
                : " p.id = a.owner_person_id";
        for (int from = 0; from < claimed.size(); from += CHUNK) {
            // Ids the database has just returned, so they may stand in the statement.
            String ids = claimed.subList(from, Math.min(claimed.size(), from + CHUNK)).stream()
                    .map(id -> Long.toString(id.longValue())).collect(Collectors.joining(","));
            List<?> rows = em.createNativeQuery("select distinct a.id, p.id, " + NotificationWriter.MODE
                            + " from action a join person p on" + people + " left join mail_choice c on c.person_id = p.id"
                            + " and c.body_id = a.body_id where a.id in (" + ids + ") and p.enabled and p.email is not null"
                            + NotificationWriter.WANTED.replace("?3", "?1"))
                    .setParameter(1, kind.name()).getResultList();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                writer.owe(kind, List.of(new NotificationWriter.Recipient(((Number) r[1]).longValue(),
                        MailMode.valueOf((String) r[2]))), ((Number) r[0]).longValue());
            }
        }
    }
}
