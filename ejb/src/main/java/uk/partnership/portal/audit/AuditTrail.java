package uk.partnership.portal.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.shared.PortalClock;

/**
 * Writes audit events in the caller's transaction, so an event exists exactly when its change does. Writers queue
 * on one transaction-scoped advisory lock, which keeps the hash chain in a single line.
 */
@Stateless
public class AuditTrail {

    /** Arbitrary, fixed key for pg_advisory_xact_lock. */
    private static final long CHAIN_LOCK = 7_263_001L;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    RequestOrigin origin;

    @Inject
    PortalClock clock;

    /** A change or read by the current caller. */
    public void record(AuditAction action, String entity, Long entityId, String summary, Changes changes) {
        Caller caller = access.caller();
        AuditEvent.Actor actor = caller.anonymous() ? AuditEvent.Actor.NOBODY
                : new AuditEvent.Actor(caller.personId(), caller.username(), caller.agencyId(), caller.agencyName());
        write(actor, action, entity, entityId, summary, changes);
    }

    /**
     * A sign-in event about an account ({@code actor} with its person's id) or a named login that matches none
     * ({@link AuditEvent.Actor#login}); {@code from} is the address, or null for the current request's.
     */
    public void recordSignIn(AuditAction action, AuditEvent.Actor actor, String from) {
        write(actor, action, "Person", actor.personId(), null, null, from == null ? currentOrigin() : from);
    }

    private void write(AuditEvent.Actor actor, AuditAction action, String entity, Long entityId, String summary,
                       Changes changes) {
        write(actor, action, entity, entityId, summary, changes, currentOrigin());
    }

    private void write(AuditEvent.Actor actor, AuditAction action, String entity, Long entityId, String summary,
                       Changes changes, String from) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) l").setParameter(1, CHAIN_LOCK)
                .getSingleResult();
        List<?> last = em.createNativeQuery("select hash from audit_event order by id desc limit 1").getResultList();
        String prevHash = last.isEmpty() ? AuditEvent.GENESIS : last.get(0).toString();
        long id = ((Number) em.createNativeQuery("select nextval('audit_event_id_seq')").getSingleResult()).longValue();
        OffsetDateTime now = clock.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(new AuditEvent(id, now, actor, action, entity, entityId, summary,
                changes == null || changes.isEmpty() ? null : changes.toJson(), from, prevHash));
        em.flush();
    }

    private String currentOrigin() {
        try {
            return origin.getAddress();
        } catch (ContextNotActiveException e) {
            return "system";
        }
    }
}
