package uk.partnership.portal.minutes;

import java.io.Serializable;

/** What a secretary sends to record a meeting. */
public final class RecordForms {

    private RecordForms() {
    }

    /** A person (by id) or a guest (by name); {@code substituteFor} names the member a substitute stands in for. */
    public record AttendanceEntry(Long personId, String name, String kind, Long substituteFor, String note)
            implements Serializable {
    }

    public record DeclarationEntry(Long personId, Long itemId, String kind, String text) implements Serializable {
    }

    public record DecisionEntry(String kind, String text, Long targetBodyId) implements Serializable {
    }
}
