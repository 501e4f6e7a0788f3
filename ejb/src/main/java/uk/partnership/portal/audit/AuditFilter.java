package uk.partnership.portal.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** What an administrator narrows the trail by; every part is optional. Dates are whole UTC days. */
public record AuditFilter(String username, Long agencyId, String entity, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
