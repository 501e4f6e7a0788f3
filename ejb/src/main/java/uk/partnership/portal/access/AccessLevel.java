package uk.partnership.portal.access;

/**
 * How far a record reaches. Bodies use it now; meetings, items, papers and actions will reuse it.
 */
public enum AccessLevel {
    /** Anyone, signed in or not, once published. */
    PUBLIC("Public"),
    /** Members and officers of the body. */
    PARTNERSHIP("Partnership"),
    /** Named agencies only (and the body's members). */
    RESTRICTED("Restricted"),
    /** Part B: members of the body with a current membership. */
    EXEMPT("Exempt");

    private final String label;

    AccessLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
