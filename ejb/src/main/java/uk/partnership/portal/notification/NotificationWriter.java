package uk.partnership.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.partnership.portal.action.ActionLinks;
import uk.partnership.portal.meeting.AgendaPublished;
import uk.partnership.portal.meeting.MeetingMoved;
import uk.partnership.portal.minutes.MinutesApproved;
import uk.partnership.portal.minutes.MinutesCirculated;
import uk.partnership.portal.minutes.ReferralMade;
import uk.partnership.portal.shared.PortalClock;

/**
 * Writes the outbox rows for an event, inside the event's own transaction: if the publication rolls back, so do
 * its messages, and once it commits none can be lost. Recipients are the body's current members (for a referral,
 * its secretaries) with an address, or an action's owner.
 */
@ApplicationScoped
public class NotificationWriter {

    /** Not for someone who turned the body's mail off (?2) or stopped this kind of message (?3). */
    private static final String WANTED = " and not exists (select 1 from mail_choice c where c.person_id = p.id"
            + " and c.body_id = ?2 and c.mode = 'OFF')"
            + " and not exists (select 1 from mail_stop s where s.person_id = p.id and s.kind = ?3)";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    void onAgendaPublished(@Observes AgendaPublished event) {
        owe(NotificationKind.AGENDA_PUBLISHED, seats(event.bodyId(), false, NotificationKind.AGENDA_PUBLISHED),
                event.meetingId());
    }

    void onMeetingMoved(@Observes MeetingMoved event) {
        NotificationKind kind = event.cancelled() ? NotificationKind.MEETING_CANCELLED
                : NotificationKind.MEETING_REARRANGED;
        owe(kind, seats(event.bodyId(), false, kind), event.meetingId());
    }

    void onMinutesApproved(@Observes MinutesApproved event) {
        owe(NotificationKind.MINUTES_APPROVED, seats(event.bodyId(), false, NotificationKind.MINUTES_APPROVED),
                event.meetingId());
    }

    void onReferralMade(@Observes ReferralMade event) {
        owe(NotificationKind.REFERRAL_RECEIVED, seats(event.targetBodyId(), true, NotificationKind.REFERRAL_RECEIVED),
                event.decisionId());
    }

    void onMinutesCirculated(@Observes MinutesCirculated event) {
        owe(NotificationKind.MINUTES_CIRCULATED, seats(event.bodyId(), false, NotificationKind.MINUTES_CIRCULATED),
                event.meetingId());
    }

    void onActionLogged(@Observes ActionLinks.ActionLogged event) {
        List<?> owner = em.createNativeQuery("select a.owner_person_id from action a join person p on p.id = "
                        + "a.owner_person_id where a.id = ?1 and p.enabled and p.email is not null" + WANTED)
                .setParameter(1, event.actionId()).setParameter(2, event.bodyId())
                .setParameter(3, NotificationKind.ACTION_ASSIGNED.name()).getResultList();
        owe(NotificationKind.ACTION_ASSIGNED, owner.stream().map(p -> ((Number) p).longValue()).toList(),
                event.actionId());
    }

    /** The people holding a current seat on the body (only its secretaries, if asked) who want this mail. */
    private List<Long> seats(long bodyId, boolean secretariesOnly, NotificationKind kind) {
        return em.createNativeQuery("""
                        select distinct p.id from membership m join person p on p.id = m.person_id
                        where m.body_id = ?1 and m.starts_on <= ?4 and (m.ends_on is null or m.ends_on >= ?4)
                          and (m.ended_at is null or m.ended_at > ?5) and p.enabled and p.email is not null
                        """ + (secretariesOnly ? " and m.role = 'SECRETARY'" : "") + WANTED + " order by p.id")
                .setParameter(1, bodyId).setParameter(2, bodyId).setParameter(3, kind.name()).setParameter(4, clock.today())
                .setParameter(5, clock.now()).getResultStream().map(id -> ((Number) id).longValue()).toList();
    }

    private void owe(NotificationKind kind, List<Long> people, long subjectId) {
        people.forEach(p -> em.persist(new Notification(kind, p, subjectId, clock.now())));
    }
}
