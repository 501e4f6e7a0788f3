package uk.partnership.portal.scrutiny;

/** What a work programme entry is: a review over several meetings, or a single item added during the year. */
public enum TopicKind {
    REVIEW("Scrutiny review"),
    ONE_OFF("One-off item"),
    BRIEFING("Briefing");

    private final String label;

    TopicKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
