package uk.partnership.portal.minutes;

/** Raised in the transaction that refers something to another body, for its secretary to place on an agenda. */
public record ReferralMade(long decisionId, long targetBodyId) {
}
