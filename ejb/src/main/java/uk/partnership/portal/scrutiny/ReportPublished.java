package uk.partnership.portal.scrutiny;

/** A scrutiny topic's final report was published: its recommendations now wait for the agencies' responses. */
public record ReportPublished(long topicId, long bodyId) {
}
