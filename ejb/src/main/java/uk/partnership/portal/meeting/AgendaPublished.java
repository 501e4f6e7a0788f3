package uk.partnership.portal.meeting;

/** Raised in the transaction that publishes a meeting's agenda, for whoever tells the body's members. */
public record AgendaPublished(long meetingId, long bodyId) {
}
