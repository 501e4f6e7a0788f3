package uk.partnership.portal.meeting;

/** The minutes' path: drafted by the secretary, circulated to members, approved as a correct record, locked. */
public enum MinutesStatus {
    DRAFT("Draft"),
    CIRCULATED("Circulated to members"),
    APPROVED("Approved as a correct record");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
