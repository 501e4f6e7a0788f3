package uk.partnership.portal.improvement;

/** A finding of the letter, or one of its recommendations. */
public enum FindingKind {
    FINDING("Finding"),
    RECOMMENDATION("Recommendation");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
