package uk.partnership.portal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.shared.ForbiddenException;

/** The administrators' view of the outbox: what was sent to whom, what waits and why, what was dropped. */
@Stateless
@PermitAll
public class MailLog {

    /** One message owed or sent; the subject and address once it went. */
    public record Line(long id, String kind, String person, String recipient, String subject, String state,
                       OffsetDateTime createdAt, OffsetDateTime sentAt, int attempts, String problem)
            implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    /** The latest messages, newest first; for system administrators only. */
    public List<Line> latest(int max) {
        if (!access.caller().systemAdmin()) {
            throw new ForbiddenException();
        }
        List<?> rows = em.createNativeQuery("""
                        select n.id, n.kind, coalesce(p.full_name, 'Public subscriber'), n.recipient, n.subject,
                               case when n.sent_at is not null then 'Sent' when n.dropped is not null then 'Dropped'
                                    else 'Waiting' end,
                               n.created_at, n.sent_at, n.attempts, coalesce(n.dropped, n.last_error)
                        from notification n left join person p on p.id = n.person_id order by n.id desc limit ?1""")
                .setParameter(1, Math.max(1, Math.min(max, 1000))).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Line(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], time(r[6]), time(r[7]),
                ((Number) r[8]).intValue(), (String) r[9])).toList();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
