package uk.partnership.portal.body;

/** What sort of body it is. */
public enum BodyKind {
    BOARD("Board"),
    IMPROVEMENT_BOARD("Improvement board"),
    SCRUTINY_PANEL("Scrutiny panel"),
    COMMITTEE("Committee"),
    SUB_GROUP("Sub-group");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
