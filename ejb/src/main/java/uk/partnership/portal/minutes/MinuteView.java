package uk.partnership.portal.minutes;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/** A minute with its history. */
public record MinuteView(long itemId, int revision, String text, List<Entry> history) implements Serializable {

    /** One saved text: SAVED became the minute; CONFLICT lost a race and was kept for merging. */
    public record Entry(int revision, String kind, String savedBy, OffsetDateTime savedAt, String text)
            implements Serializable {
    }
}
