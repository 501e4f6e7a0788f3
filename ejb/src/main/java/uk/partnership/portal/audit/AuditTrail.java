package uk.partnership.portal.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.account.Person;

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

    /** A change or read by the current caller. */
    public void record(AuditAction action, String entity, Long entityId, String summary, Changes changes) {
        AuditEvent.Actor actor = access.signedInPerson().map(AuditTrail::actorOf).orElse(AuditEvent.Actor.NOBODY);
        write(actor, action, entity, entityId, summary, changes);
    }

    /** A sign-in event about a named (possibly unknown) login. */
    public void recordSignIn(AuditAction action, Person person, String loginName, String from) {
        AuditEvent.Actor actor = person != null ? actorOf(person) : new AuditEvent.Actor(null, loginName, null, null);
        write(actor, action, "Person", person == null ? null : person.getId(), null, null,
                from == null ? currentOrigin() : from);
    }

    public static AuditEvent.Actor actorOf(Person p) {
        return new AuditEvent.Actor(p.getId(), p.getUsername(), p.getAgency().getId(), p.getAgency().getName());
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
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
