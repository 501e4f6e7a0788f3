package uk.partnership.portal.improvement;

/** How an indicator is counted. */
public enum Unit {
    COUNT("Number"),
    PERCENT("Percentage"),
    DAYS("Days");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
