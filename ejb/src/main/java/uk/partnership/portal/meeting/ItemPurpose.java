package uk.partnership.portal.meeting;

/** Why an item is on the agenda. */
public enum ItemPurpose {
    INFORMATION("For information"),
    DECISION("For decision"),
    DISCUSSION("For discussion");

    private final String label;

    ItemPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
