package uk.partnership.portal.scrutiny;

/** A topic's way from suggestion to a finished review. */
public enum TopicStatus {
    SUGGESTED("Suggested"),
    SCREENED("Screened"),
    NOT_SELECTED("Not selected"),
    SELECTED("Selected by the panel, awaiting approval"),
    APPROVED("In the work programme"),
    COMPLETED("Final report published");

    private final String label;

    TopicStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** In the agreed programme: what the public may see. */
    public boolean agreed() {
        return this == APPROVED || this == COMPLETED;
    }
}
