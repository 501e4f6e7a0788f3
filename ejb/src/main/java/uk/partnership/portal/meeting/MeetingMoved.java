package uk.partnership.portal.meeting;

/** Raised in the transaction that rearranges or cancels a meeting, for whoever tells the body's members. */
public record MeetingMoved(long meetingId, long bodyId, boolean cancelled) {
}
