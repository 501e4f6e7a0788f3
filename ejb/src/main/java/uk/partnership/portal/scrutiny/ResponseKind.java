package uk.partnership.portal.scrutiny;

/** The executive's answer to a recommendation. */
public enum ResponseKind {
    ACCEPTED("Accepted"),
    PARTLY_ACCEPTED("Partly accepted"),
    REJECTED("Rejected");

    private final String label;

    ResponseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
