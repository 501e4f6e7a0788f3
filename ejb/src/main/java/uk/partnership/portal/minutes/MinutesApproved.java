package uk.partnership.portal.minutes;

/** Raised in the transaction that approves a meeting's minutes as a correct record. */
public record MinutesApproved(long meetingId, long bodyId) {
}
