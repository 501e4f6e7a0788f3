package uk.partnership.portal.minutes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A minute with its history. */
public record MinuteView(long itemId, int revision, String text, List<Entry> history, Context context)
        implements Serializable {

    /** Where the minute stands: the meeting (with a way back to it), the item, and the decisions already on it. */
    public record Context(long meetingId, String bodyName, LocalDate meetingDay, String itemNumber, String itemTitle,
                          List<DecisionView> decisions) implements Serializable {
    }

    /** One saved text: SAVED became the minute; CONFLICT lost a race and was kept for merging. */
    public record Entry(int revision, String kind, String savedBy, OffsetDateTime savedAt, String text)
            implements Serializable {
    }
}
