package uk.partnership.portal.access;

/**
 * How far a record reaches. Bodies use it now; meetings, items, papers and actions will reuse it.
 */
public enum AccessLevel {
    /** Anyone, signed in or not, once published. */
    PUBLIC("Public", 0),
    /** Members and officers of the body. */
    PARTNERSHIP("Partnership", 2),
    /** Named agencies only (and the body's members). */
    RESTRICTED("Restricted", 1),
    /** Part B: members of the body with a current membership. */
    EXEMPT("Exempt", 3);

    private final String label;
    /** How few it reaches: public furthest, then restricted (members and named agencies), partnership, exempt. */
    private final int strictness;

    AccessLevel(String label, int strictness) {
        this.label = label;
        this.strictness = strictness;
    }

    /** The stricter of two levels: the one that reaches fewer people. */
    public static AccessLevel stricter(AccessLevel a, AccessLevel b) {
        return a.strictness >= b.strictness ? a : b;
    }

    public String label() {
        return label;
    }
}
