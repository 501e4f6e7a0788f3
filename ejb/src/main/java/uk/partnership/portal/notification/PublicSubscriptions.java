package uk.partnership.portal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.partnership.portal.access.ActingFor;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.TooManyRequestsException;

/**
 * Anyone may follow a public body's agendas and minutes by e-mail. The address is asked to confirm first (a message
 * with a link; nothing else is sent until it is followed), requests are limited per address and per network address,
 * and the subscription's random token, in every message, stops it with one click.
 */
@Stateless
@PermitAll
public class PublicSubscriptions {

    static final int PER_ADDRESS_PER_DAY = 3;
    static final int PER_NETWORK_ADDRESS_PER_HOUR = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A subscription as its confirmation page shows it. */
    public record Subscription(String bodyName, boolean confirmed, boolean stopped) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    BodyService bodies;

    @Inject
    NotificationWriter writer;

    @Inject
    PortalClock clock;

    /** Asks the address to confirm a subscription to a public body; refused (with why) if asked too often. */
    public void request(long bodyId, String email, String from) {
        publicBody(bodyId);
        String address = InvalidInputException.requireText(email, "e-mail address", 320).toLowerCase(Locale.ROOT);
        InvalidInputException.require(EMAIL.matcher(address).matches(), "Enter the e-mail address as name@example.org.");
        String network = from == null ? "unknown" : from.length() > 64 ? from.substring(0, 64) : from;
        if (requests("email = ?1", address, clock.now().minusDays(1)) >= PER_ADDRESS_PER_DAY) {
            throw new TooManyRequestsException("That address has been asked to confirm " + PER_ADDRESS_PER_DAY
                    + " times today; follow the link in one of those messages, or try again tomorrow.");
        }
        if (requests("requested_from = ?1", network, clock.now().minusHours(1)) >= PER_NETWORK_ADDRESS_PER_HOUR) {
            throw new TooManyRequestsException("Too many subscriptions have been asked for from your connection in "
                    + "the last hour; try again later.");
        }
        byte[] raw = new byte[24];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        long id = ((Number) em.createNativeQuery("""
                        insert into public_subscription (email, body_id, token, requested_at, requested_from)
                        values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, address).setParameter(2, bodyId).setParameter(3, token).setParameter(4, clock.now())
                .setParameter(5, network).getSingleResult()).longValue();
        writer.oweSubscriber(NotificationKind.SUBSCRIPTION_CONFIRM, id, id);
    }

    /** A body the public may follow: one whose records are public; not found otherwise. */
    public BodyDetail publicBody(long bodyId) {
        BodyDetail body = ActingFor.thePublic(() -> bodies.getBody(bodyId));
        if (!"PUBLIC".equals(body.accessLevelCode())) {
            throw new NotFoundException();
        }
        return body;
    }

    /** What the confirmation link is for, or not found. */
    public Subscription find(String token) {
        Object[] row = row(token);
        return new Subscription((String) row[1], row[2] != null, row[3] != null);
    }

    /** Confirms the subscription; following the link again changes nothing. */
    public Subscription confirm(String token) {
        row(token);
        em.createNativeQuery("update public_subscription set confirmed_at = ?2 where token = ?1 and confirmed_at is null"
                + " and stopped_at is null").setParameter(1, token).setParameter(2, clock.now()).executeUpdate();
        return find(token);
    }

    /** Stops a subscription by its token; the body's name, or null if the token is no subscription's. */
    public String stop(String token) {
        List<?> found = em.createNativeQuery("""
                        update public_subscription s set stopped_at = coalesce(stopped_at, ?2) from body b
                        where s.token = ?1 and b.id = s.body_id returning b.name""")
                .setParameter(1, token).setParameter(2, clock.now()).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private Object[] row(String token) {
        InvalidInputException.require(token != null && token.matches("[A-Za-z0-9_-]{20,64}"),
                "The link is incomplete; copy the whole link from the message.");
        List<?> found = em.createNativeQuery("""
                        select s.id, b.name, s.confirmed_at, s.stopped_at from public_subscription s
                        join body b on b.id = s.body_id where s.token = ?1""").setParameter(1, token).getResultList();
        InvalidInputException.require(!found.isEmpty(), "That link is not known; copy the whole link from the message.");
        return (Object[]) found.get(0);
    }

    /** Requests matching the condition (?1) since the given moment. */
    private long requests(String condition, String value, java.time.OffsetDateTime since) {
        return ((Number) em.createNativeQuery("select count(*) from public_subscription where " + condition
                        + " and requested_at > ?2").setParameter(1, value).setParameter(2, since)
                .getSingleResult()).longValue();
    }
}
