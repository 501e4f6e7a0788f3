package uk.partnership.portal.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An audit event as administrators read it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, Long personId, String username, Long agencyId,
                         String agencyName, String action, String entity, Long entityId, String summary,
                         String changes, String origin) implements Serializable {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getPersonId(), e.getUsername(), e.getAgencyId(),
                e.getAgencyName(), e.getAction().name(), e.getEntity(), e.getEntityId(), e.getSummary(),
                e.getChanges(), e.getOrigin());
    }
}
