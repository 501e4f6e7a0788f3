package uk.partnership.portal.action;

import java.util.Optional;
import uk.partnership.portal.access.Caller;

/**
 * What the action log asks of the features above it about the records an action carries out. Each is answered by
 * the feature that owns the record (minutes, scrutiny, improvement), so the action log names none of them.
 */
public final class ActionLinks {

    private ActionLinks() {
    }

    /** Answered by the minutes. */
    public interface Decisions {

        /** The body that made the resolution and the day of its meeting; not found when the caller may not see it. */
        Made madeBy(Caller caller, long decisionId);

        /** The resolution as the caller may see it; empty for none or one they may not see. */
        Optional<Resolution> visible(Caller caller, Long decisionId);
    }

    /** Answered by scrutiny. */
    public interface Recommendations {

        /** The panel that made the recommendation, and the agency it is addressed to; refused unless managed. */
        Recommended managed(long recommendationId);
    }

    /** Where a resolution was made: the body, and the municipal year of its meeting. */
    public record Made(long bodyId, int municipalYear) {
    }

    /** A scrutiny recommendation: the panel, the agency addressed, and the municipal year of its work programme. */
    public record Recommended(long bodyId, Long addressedToAgencyId, int municipalYear) {
    }

    /** Answered by the improvement plan. */
    public interface Plans {

        /** Refuses a priority or finding that is not the body's own. */
        void requireOwn(long bodyId, Long priorityId, Long findingId);
    }

    /** Raised when a body gains an action, so its agendas being built can take the action log. */
    public record ActionLogged(long bodyId, long actionId) {
    }
}
