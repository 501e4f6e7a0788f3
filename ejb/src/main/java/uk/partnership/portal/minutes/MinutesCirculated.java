package uk.partnership.portal.minutes;

/** Raised in the transaction that circulates a meeting's draft minutes to the body's members for comment. */
public record MinutesCirculated(long meetingId, long bodyId) {
}
