package uk.partnership.portal.paper;

/** Government Security Classifications marking shown on every page of a paper. */
public enum ProtectiveMarking {
    OFFICIAL("OFFICIAL"),
    OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE");

    private final String label;

    ProtectiveMarking(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
