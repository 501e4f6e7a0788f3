package uk.partnership.portal.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;

/** Reading and verifying the audit trail: system administrators only. */
@Stateless
public class AuditQueryService {

    private static final int VERIFY_BATCH = 2_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    public record Page(long total, List<AuditEntry> rows) {
    }

    /** Newest first. */
    public Page find(AuditFilter filter, int first, int pageSize) {
        access.requireSystemAdmin();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.username() != null && !filter.username().isBlank()) {
            where.append(" and e.username = :username");
            parameters.put("username", filter.username().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.agencyId() != null) {
            where.append(" and e.agencyId = :agency");
            parameters.put("agency", filter.agencyId());
        }
        if (filter.entity() != null && !filter.entity().isBlank()) {
            where.append(" and e.entity = :entity");
            parameters.put("entity", filter.entity().strip());
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        TypedQuery<AuditEvent> rows = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc",
                AuditEvent.class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<AuditEntry> page = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 500))
                .getResultStream().map(AuditEntry::of).toList();
        return new Page(count.getSingleResult(), page);
    }

    /** Walks the whole chain in id order and reports the first row whose content or link does not match. */
    public ChainVerification verify() {
        access.requireSystemAdmin();
        String expectedPrev = AuditEvent.GENESIS;
        long lastId = Long.MIN_VALUE;
        long checked = 0;
        while (true) {
            List<AuditEvent> batch = em.createQuery("select e from AuditEvent e where e.id > :last order by e.id",
                            AuditEvent.class)
                    .setParameter("last", lastId)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                return new ChainVerification(checked, true, null, null);
            }
            for (AuditEvent event : batch) {
                checked++;
                if (!event.getPrevHash().equals(expectedPrev)) {
                    return new ChainVerification(checked, false, event.getId(),
                            "The row does not follow the one before it: a row was removed or inserted here.");
                }
                if (!event.getHash().equals(event.computeHash())) {
                    return new ChainVerification(checked, false, event.getId(),
                            "The row's content does not match its hash: it was altered after it was written.");
                }
                expectedPrev = event.getHash();
                lastId = event.getId();
            }
            em.clear();
        }
    }
}
