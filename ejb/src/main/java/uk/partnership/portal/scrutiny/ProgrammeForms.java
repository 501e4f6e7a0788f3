package uk.partnership.portal.scrutiny;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** What people send to the work programme: suggestions, screening, sessions, the report and the responses. */
public final class ProgrammeForms {

    private ProgrammeForms() {
    }

    /** A suggestion; {@code name} and {@code contact} are asked of people who are not signed in. */
    public record Suggestion(String title, String reason, String priority, String name, String contact, Integer year)
            implements Serializable {
    }

    /** A topic the secretary adds: a review (which still needs selection) or a one-off item or briefing. */
    public record NewTopic(String title, String reason, String priority, String kind, Integer year)
            implements Serializable {
    }

    /** Each criterion scored 0 to 5, and the secretary's note. */
    public record Screening(Integer publicInterest, Integer impact, Integer performance, Integer context,
                            Integer duplication, String note, Long version) implements Serializable {
    }

    public record WitnessEntry(String name, String role, Long agencyId) implements Serializable {
    }

    public record SessionEntry(Long meetingId, String purpose, List<WitnessEntry> witnesses) implements Serializable {
    }

    public record Text(String text, Long version) implements Serializable {
    }

    public record Report(String summary, LocalDate publishedOn, Long version) implements Serializable {
    }

    public record NewRecommendation(String text, Long agencyId) implements Serializable {
    }

    public record Response(String response, String reason, LocalDate respondedOn, Long version) implements Serializable {
    }

    public record Selection(List<Long> topicIds) implements Serializable {
    }
}
