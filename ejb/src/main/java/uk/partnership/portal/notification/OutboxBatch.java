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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    private static final String NO_LONGER_VISIBLE = "The recipient may no longer read what it announces.";
    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    LetterWriter letters;

    @Inject
    Mailer mailer;

    @Inject
    PortalClock clock;

    /**
     * Sends up to {@link #SIZE} due notifications, each at once or, for a person taking a digest, all of that
     * person's due digest messages as one; how many of the due rows it took.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDue() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from notification where sent_at is null and dropped is null and due_at <= ?1
                        order by id limit ?2 for update skip locked""")
                .setParameter(1, clock.now()).setParameter(2, SIZE).getResultList();
        Map<Long, MailMode> digests = new LinkedHashMap<>();
        for (Number id : ids) {
            Notification n = em.find(Notification.class, id.longValue());
            if (n.getSubscriptionId() != null) {
                Letter letter = written(n, () -> letters.writeForSubscriber(n),
                        "The subscription is stopped, or what it announces is no longer public.");
                if (letter != null) {
                    send(letter, List.of(n));
                }
                continue;
            }
            if (n.getDigest() != null) {
                digests.putIfAbsent(n.getPersonId(), n.getDigest());
                continue;
            }
            Person to = recipient(n);
            if (to == null) {
                continue;
            }
            Letter letter = written(n, () -> letters.write(n, to), NO_LONGER_VISIBLE);
            if (letter != null) {
                send(letter, List.of(n));
            }
        }
        digests.forEach(this::sendDigest);
        return ids.size();
    }

    /** All of the person's due digest messages (those another node holds are its to send) in one letter. */
    private void sendDigest(long personId, MailMode mode) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select id from notification where person_id = ?1 and digest is not null and sent_at is null
                        and dropped is null and due_at <= ?2 order by id for update skip locked""")
                .setParameter(1, personId).setParameter(2, clock.now()).getResultList();
        List<Notification> included = new ArrayList<>();
        List<Letter.Section> sections = new ArrayList<>();
        for (Number id : ids) {
            Notification n = em.find(Notification.class, id.longValue());
            Person to = recipient(n);
            if (to == null) {
                continue;
            }
            Letter.Section section = written(n, () -> letters.section(n, to), NO_LONGER_VISIBLE);
            if (section != null) {
                sections.add(section);
                included.add(n);
            }
        }
        if (!included.isEmpty()) {
            Person to = em.find(Person.class, personId);
            send(letters.digest(to, mode, sections), included);
        }
    }

    /** The enabled recipient with an address, or null after dropping the message. */
    private Person recipient(Notification n) {
        Person to = em.find(Person.class, n.getPersonId());
        if (to == null || !to.isEnabled() || to.getEmail() == null) {
            n.drop("The recipient has no enabled account with an address.");
            return null;
        }
        return to;
    }

    /**
     * What the writer makes of the notification, or null: dropped (with the reason given) when its reader may no
     * longer read what it announces, retried later when it could not be written for another reason.
     */
    private <T> T written(Notification n, Supplier<T> writer, String dropReason) {
        try {
            return writer.get();
        } catch (NotFoundException | ForbiddenException noLongerVisible) {
            n.drop(dropReason);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Notification " + n.getId() + " could not be written: " + e);
            n.failed(clock.now(), "Not written: " + e.getMessage());
        }
        return null;
    }

    private void send(Letter letter, List<Notification> carried) {
        try {
            mailer.send(letter);
            carried.forEach(n -> n.sent(clock.now(), letter.subject(), letter.to()));
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Notifications " + carried.stream().map(Notification::getId).toList()
                    + " not sent (attempt " + (carried.get(0).getAttempts() + 1) + "): " + e.getMessage());
            carried.forEach(n -> n.failed(clock.now(), e.getMessage()));
        }
    }
}
