package uk.partnership.portal.improvement;

import uk.partnership.portal.action.Action;

/** One mitigating action of a risk, as a query row (made by a JPQL constructor expression). */
public record Mitigation(Long riskId, Action action) {
}
