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

        /** The body that made the resolution; not found when the caller may not see it. */
        long bodyOf(Caller caller, long decisionId);

        /** The resolution as the caller may see it; empty for none or one they may not see. */
        Optional<Resolution> visible(Caller caller, Long decisionId);
    }

    /** Answered by scrutiny. */
    public interface Recommendations {

        /** The panel that made the recommendation, and the agency it is addressed to; refused unless managed. */
        Recommended managed(long recommendationId);
    }

    public record Recommended(long bodyId, Long addressedToAgencyId) {
    }

    /** Answered by the improvement plan. */
    public interface Plans {

        /** Refuses a priority or finding that is not the body's own. */
        void requireOwn(long bodyId, Long priorityId, Long findingId);
    }

    /** Raised when a body gains an action, so its agendas being built can take the action log. */
    public record ActionLogged(long bodyId) {
    }
}
