package uk.partnership.portal.paper;

/** A file was added to a paper, or one of its files replaced, after the meeting's agenda was published. */
public record PaperArrivedLate(long meetingId, long bodyId, long paperId, boolean replaced) {
}
