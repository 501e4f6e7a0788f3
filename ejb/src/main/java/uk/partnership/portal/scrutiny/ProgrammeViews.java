package uk.partnership.portal.scrutiny;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import uk.partnership.portal.action.ActionView;

/** The work programme as a reader may see it. */
public final class ProgrammeViews {

    private ProgrammeViews() {
    }

    /** A year's programme: every topic the reader may see, and the panel's meetings as a timeline. */
    public record Programme(long bodyId, String bodyName, String bodyShortName, String parentName, int year,
                            String yearLabel, boolean mayManage, List<TopicLine> topics, List<TimelineMeeting> timeline)
            implements Serializable {
    }

    public record TopicLine(long id, long version, String title, String kind, String kindLabel, String status,
                            String statusLabel, String suggestedBy, String suggesterKind, String reason, String priority,
                            Integer score, String screeningNote) implements Serializable {
    }

    public record TimelineMeeting(long meetingId, LocalDateTime startsAt, String status, List<TimelineEntry> entries)
            implements Serializable {
    }

    public record TimelineEntry(long topicId, String title, String purpose) implements Serializable {
    }

    /** One topic with its review: terms of reference, sessions, report, recommendations and their actions. */
    public record TopicDetail(long id, long version, long bodyId, String bodyName, String yearLabel, String title,
                              String reason, String priority, String kind, String kindLabel, String status,
                              String statusLabel, String suggestedBy, String suggesterKind, String suggesterContact,
                              Integer scorePublicInterest, Integer scoreImpact, Integer scorePerformance,
                              Integer scoreContext, Integer scoreDuplication, Integer score, String screeningNote,
                              String selection, String approval, String termsOfReference, String reportSummary,
                              LocalDate reportPublishedOn, List<SessionView> sessions,
                              List<RecommendationView> recommendations, boolean mayManage) implements Serializable {
    }

    public record SessionView(long id, long meetingId, LocalDateTime startsAt, String purpose, List<String> witnesses,
                              List<String> papers) implements Serializable {
    }

    public record RecommendationView(long id, long version, long topicId, String topicTitle, String bodyName, int number,
                                     String text, Long addressedToId, String addressedTo, String response,
                                     String responseLabel, String responseReason, LocalDate respondedOn,
                                     List<ActionView> actions) implements Serializable {
    }
}
