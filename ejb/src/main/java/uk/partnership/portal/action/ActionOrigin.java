package uk.partnership.portal.action;

/**
 * What an action carries out, by id: a resolution, a scrutiny recommendation, a plan priority and the inspection
 * finding it answers. The features that own those records check them and pass them in; the action log only keeps them.
 */
public record ActionOrigin(Long decisionId, Long recommendationId, Long priorityId, Long findingId) {
}
