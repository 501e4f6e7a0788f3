package uk.partnership.portal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * One round of delivery in its own transaction: the due rows are locked ({@code for update skip locked}, so another
 * node takes others), each is written for its recipient and sent, and marked sent, retried later or dropped.
 */
@Stateless
@PermitAll
public class OutboxBatch {

    static final int SIZE = 20;
    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    LetterWriter letters;

    @Inject
    Mailer mailer;

    @Inject
    PortalClock clock;

    /** Sends up to {@link #SIZE} due notifications; how many it took. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from notification where sent_at is null and dropped is null and due_at <= ?1
                        order by id limit ?2 for update skip locked""")
                .setParameter(1, clock.now()).setParameter(2, SIZE).getResultList();
        for (Number id : ids) {
            Notification n = em.find(Notification.class, id.longValue());
            Person to = em.find(Person.class, n.getPersonId());
            if (to == null || !to.isEnabled() || to.getEmail() == null) {
                n.drop("The recipient has no enabled account with an address.");
                continue;
            }
            Letter letter;
            try {
                letter = letters.write(n, to);
            } catch (NotFoundException | ForbiddenException noLongerVisible) {
                n.drop("The recipient may no longer read what it announces.");
                continue;
            } catch (RuntimeException e) {
                LOG.warning(() -> "Notification " + n.getId() + " could not be written: " + e);
                n.failed(clock.now(), "Not written: " + e.getMessage());
                continue;
            }
            try {
                mailer.send(letter);
                n.sent(clock.now(), letter.subject(), letter.to());
            } catch (MessagingException | RuntimeException e) {
                LOG.warning(() -> "Notification " + n.getId() + " not sent (attempt " + (n.getAttempts() + 1) + "): "
                        + e.getMessage());
                n.failed(clock.now(), e.getMessage());
            }
        }
        return ids.size();
    }
}
