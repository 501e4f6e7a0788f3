package uk.partnership.portal.body;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A seat as a secretary fills it in. {@code agencyId} may be left empty for the person's own agency;
 * {@code version} is the one the editor started from (empty for a new seat).
 */
public record MembershipForm(Long personId, Long agencyId, String role, Boolean voting, LocalDate startsOn,
                             LocalDate endsOn, Long version) implements Serializable {
}
