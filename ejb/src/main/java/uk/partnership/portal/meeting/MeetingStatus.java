package uk.partnership.portal.meeting;

/** Where a meeting is in its life. Minutes add their own states later. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    AGENDA_PUBLISHED("Agenda published"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
