package uk.partnership.portal.action;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a secretary enters for an action. {@code decisionId} links it to the resolution it carries out (the body is
 * then the decision's), {@code recommendationId} to a scrutiny recommendation (then the panel's body, owned by the
 * agency it is addressed to unless another is chosen), {@code priorityId} and {@code findingId} to the improvement
 * plan's priority and the inspection finding it answers; {@code version} is the one the editor started from.
 */
public record ActionForm(Long bodyId, Long decisionId, String title, String description, Long ownerAgencyId,
                         Long ownerPersonId, LocalDate dueOn, String ragOverride, String ragOverrideReason,
                         Long version, Long recommendationId, Long priorityId, Long findingId)
        implements Serializable {
}
