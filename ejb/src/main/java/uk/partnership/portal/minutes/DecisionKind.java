package uk.partnership.portal.minutes;

/** The kinds of resolution a minute records ("AGREED that …"). */
public enum DecisionKind {
    NOTED("Noted"),
    APPROVED("Approved"),
    RECOMMENDED("Recommended to"),
    REFERRED("Referred to");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
