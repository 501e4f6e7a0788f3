package uk.partnership.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.partnership.portal.account.PersonInvited;
import uk.partnership.portal.action.ActionLinks;
import uk.partnership.portal.meeting.AgendaPublished;
import uk.partnership.portal.meeting.MeetingMoved;
import uk.partnership.portal.minutes.MinutesApproved;
import uk.partnership.portal.minutes.MinutesCirculated;
import uk.partnership.portal.minutes.ReferralMade;
import uk.partnership.portal.paper.PaperArrivedLate;
import uk.partnership.portal.scrutiny.ReportPublished;
import uk.partnership.portal.shared.PortalClock;

/**
 * Writes the outbox rows for an event, inside the event's own transaction: if the publication rolls back, so do
 * its messages, and once it commits none can be lost. Recipients are the body's current members (for a referral,
 * its secretaries) with an address, or an action's owner; each row is due at once or at the person's next digest.
 */
@ApplicationScoped
public class NotificationWriter {

    /** A recipient and how they take the body's mail. */
    public record Recipient(long personId, MailMode mode) {
    }

    /**
     * The person's choice for the body (?2), as a column, and the filter: not turned off, this kind (?3) not
     * stopped, and digests not stopped if that is how they take it.
     */
    static final String CHOICE = " left join mail_choice c on c.person_id = p.id and c.body_id = ?2";
    static final String WANTED = " and coalesce(c.mode, 'AT_ONCE') <> 'OFF'"
            + " and not exists (select 1 from mail_stop s where s.person_id = p.id and s.kind = ?3)"
            + " and not (coalesce(c.mode, 'AT_ONCE') in ('DAILY', 'WEEKLY') and exists (select 1 from mail_stop d"
            + " where d.person_id = p.id and d.kind = 'DIGEST'))";
    static final String MODE = "coalesce(c.mode, 'AT_ONCE')";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    void onAgendaPublished(@Observes AgendaPublished event) {
        owe(NotificationKind.AGENDA_PUBLISHED, seats(event.bodyId(), false, NotificationKind.AGENDA_PUBLISHED),
                event.meetingId());
        subscribers(NotificationKind.AGENDA_PUBLISHED, event.bodyId(), event.meetingId());
    }

    void onMeetingMoved(@Observes MeetingMoved event) {
        NotificationKind kind = event.cancelled() ? NotificationKind.MEETING_CANCELLED
                : NotificationKind.MEETING_REARRANGED;
        owe(kind, seats(event.bodyId(), false, kind), event.meetingId());
    }

    void onPaperArrivedLate(@Observes PaperArrivedLate event) {
        owe(NotificationKind.PAPER_LATE, seats(event.bodyId(), false, NotificationKind.PAPER_LATE), event.paperId());
    }

    void onMinutesApproved(@Observes MinutesApproved event) {
        owe(NotificationKind.MINUTES_APPROVED, seats(event.bodyId(), false, NotificationKind.MINUTES_APPROVED),
                event.meetingId());
        subscribers(NotificationKind.MINUTES_APPROVED, event.bodyId(), event.meetingId());
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
        owe(NotificationKind.ACTION_ASSIGNED, recipients("select p.id, " + MODE + " from action a join person p on "
                + "p.id = a.owner_person_id" + CHOICE + " where a.id = ?1 and p.enabled and p.email is not null"
                + WANTED, event.actionId(), event.bodyId(), NotificationKind.ACTION_ASSIGNED), event.actionId());
    }

    /**
     * Each recommendation of the published report addressed to an agency, to that agency's administrators, who see
     * that it is answered; the body's choice of mail applies.
     */
    void onReportPublished(@Observes ReportPublished event) {
        List<?> recommendations = em.createNativeQuery("select id from wp_recommendation where topic_id = ?1 and "
                + "addressed_agency_id is not null order by number").setParameter(1, event.topicId()).getResultList();
        for (Object id : recommendations) {
            long recommendationId = ((Number) id).longValue();
            owe(NotificationKind.RECOMMENDATION_AWAITING, recipients("select p.id, " + MODE + " from wp_recommendation r"
                    + " join person p on p.agency_id = r.addressed_agency_id and p.agency_admin" + CHOICE
                    + " where r.id = ?1 and p.enabled and p.email is not null" + WANTED, recommendationId,
                    event.bodyId(), NotificationKind.RECOMMENDATION_AWAITING), recommendationId);
        }
    }

    /** The activation link always goes, at once, whatever the person might later choose. */
    void onPersonInvited(@Observes PersonInvited event) {
        owe(NotificationKind.INVITATION, List.of(new Recipient(event.personId(), MailMode.AT_ONCE)), event.personId());
    }

    /**
     * The public's confirmed subscriptions to a public body; what their message may say (the public view of the
     * meeting) is decided when it is written.
     */
    private void subscribers(NotificationKind kind, long bodyId, long meetingId) {
        em.createNativeQuery("""
                        select s.id from public_subscription s join body b on b.id = s.body_id
                        where s.body_id = ?1 and b.access_level = 'PUBLIC' and s.confirmed_at is not null
                          and s.stopped_at is null order by s.id""").setParameter(1, bodyId).getResultStream()
                .forEach(id -> oweSubscriber(kind, ((Number) id).longValue(), meetingId));
    }

    public void oweSubscriber(NotificationKind kind, long subscriptionId, long subjectId) {
        em.persist(Notification.toSubscriber(kind, subscriptionId, subjectId, clock.now()));
    }

    /** The people holding a current seat on the body (only its secretaries, if asked) who want this mail. */
    private List<Recipient> seats(long bodyId, boolean secretariesOnly, NotificationKind kind) {
        return em.createNativeQuery("select distinct p.id, " + MODE + """
                         from membership m join person p on p.id = m.person_id""" + CHOICE + """
                         where m.body_id = ?1 and m.starts_on <= ?4 and (m.ends_on is null or m.ends_on >= ?4)
                          and (m.ended_at is null or m.ended_at > ?5) and p.enabled and p.email is not null
                        """ + (secretariesOnly ? " and m.role = 'SECRETARY'" : "") + WANTED + " order by p.id")
                .setParameter(1, bodyId).setParameter(2, bodyId).setParameter(3, kind.name()).setParameter(4, clock.today())
                .setParameter(5, clock.now()).getResultStream().map(NotificationWriter::recipient).toList();
    }

    /** Runs a query of (person id, mode) with the subject as ?1, the body as ?2 and the kind as ?3. */
    private List<Recipient> recipients(String sql, long subjectId, long bodyId, NotificationKind kind) {
        return em.createNativeQuery(sql).setParameter(1, subjectId).setParameter(2, bodyId)
                .setParameter(3, kind.name()).getResultStream().map(NotificationWriter::recipient).toList();
    }

    public void owe(NotificationKind kind, List<Recipient> people, long subjectId) {
        people.forEach(p -> em.persist(new Notification(kind, p.personId(), subjectId, p.mode(), clock.now())));
    }

    private static Recipient recipient(Object row) {
        Object[] r = (Object[]) row;
        return new Recipient(((Number) r[0]).longValue(), MailMode.valueOf((String) r[1]));
    }
}
