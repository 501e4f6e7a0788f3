package uk.partnership.portal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;

/**
 * Who wants which mail: each person chooses per body whether its messages come at once, in a daily or weekly digest
 * or not at all, and stops a kind of message with the link at the foot of one (no sign-in: the link's random token
 * is the permission).
 */
@Stateless
@PermitAll
public class MailChoices {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A body the person sits on and what they chose for its mail. */
    public record BodyChoice(long bodyId, String bodyName, String mode) implements Serializable {

        public String label() {
            return MailMode.valueOf(mode).label();
        }
    }

    /** What a kind of message is called on the page and in its unsubscribe confirmation. */
    public record Stopped(String kind, String label) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    @EJB
    PublicSubscriptions subscriptions;

    public List<BodyChoice> myBodies() {
        Caller caller = signedIn();
        if (caller.currentBodyIds().isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery("""
                        select b.id, b.name, coalesce(c.mode, 'AT_ONCE') from body b
                        left join mail_choice c on c.body_id = b.id and c.person_id = ?1
                        where b.id in (""" + ids(caller) + ") order by b.name")
                .setParameter(1, caller.personId()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new BodyChoice(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    public void choose(long bodyId, String mode) {
        Caller caller = signedIn();
        if (!caller.sitsOn(bodyId)) {
            throw new NotFoundException();
        }
        MailMode chosen = Choices.parse(MailMode.class, mode,
                "Choose at once, a daily digest, a weekly digest or off.");
        em.createNativeQuery("""
                        insert into mail_choice (person_id, body_id, mode) values (?1, ?2, ?3)
                        on conflict (person_id, body_id) do update set mode = excluded.mode""")
                .setParameter(1, caller.personId()).setParameter(2, bodyId).setParameter(3, chosen.name())
                .executeUpdate();
        audit.record(AuditAction.UPDATE, "MailChoice", bodyId, "Mail from the body: " + chosen.label(), null);
    }

    public List<Stopped> myStops() {
        Caller caller = signedIn();
        List<?> kinds = em.createNativeQuery("select kind from mail_stop where person_id = ?1 order by kind")
                .setParameter(1, caller.personId()).getResultList();
        return kinds.stream().map(k -> NotificationKind.valueOf((String) k))
                .map(k -> new Stopped(k.name(), k.label())).toList();
    }

    public void resume(String kind) {
        Caller caller = signedIn();
        NotificationKind k = Choices.parse(NotificationKind.class, kind, "Choose a kind of message.");
        em.createNativeQuery("delete from mail_stop where person_id = ?1 and kind = ?2")
                .setParameter(1, caller.personId()).setParameter(2, k.name()).executeUpdate();
    }

    /**
     * The one-click unsubscribe: stops the link's kind of message for its person, or a member of the public's
     * subscription; the same link twice is fine.
     */
    public Stopped unsubscribe(String token) {
        InvalidInputException.require(token != null && token.matches("[A-Za-z0-9_-]{20,64}"),
                "The unsubscribe link is incomplete; copy the whole link from the message.");
        List<?> found = em.createNativeQuery("select person_id, kind from mail_unsubscribe where token = ?1")
                .setParameter(1, token).getResultList();
        if (found.isEmpty()) {
            String body = subscriptions.stop(token);
            if (body != null) {
                return new Stopped("SUBSCRIPTION", "Agendas and minutes of the " + body);
            }
        }
        InvalidInputException.require(!found.isEmpty(),
                "That unsubscribe link is not known; copy the whole link from the message.");
        Object[] row = (Object[]) found.get(0);
        em.createNativeQuery("insert into mail_stop (person_id, kind) values (?1, ?2) on conflict do nothing")
                .setParameter(1, row[0]).setParameter(2, row[1]).executeUpdate();
        NotificationKind kind = NotificationKind.valueOf((String) row[1]);
        return new Stopped(kind.name(), kind.label());
    }

    /** A fresh link token for one message's footer and List-Unsubscribe header. */
    public String tokenFor(long personId, NotificationKind kind) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("insert into mail_unsubscribe (token, person_id, kind) values (?1, ?2, ?3)")
                .setParameter(1, token).setParameter(2, personId).setParameter(3, kind.name()).executeUpdate();
        return token;
    }

    private Caller signedIn() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            throw new ForbiddenException();
        }
        return caller;
    }

    private static String ids(Caller caller) {
        return String.join(",", caller.currentBodyIds().stream().map(String::valueOf).toList());
    }
}
