package uk.partnership.portal.minutes;

/** How someone figures in a meeting's record of attendance. */
public enum AttendanceKind {
    PRESENT("Present"),
    SUBSTITUTE("Present as substitute"),
    APOLOGIES("Apologies"),
    ABSENT("Absent"),
    IN_ATTENDANCE("In attendance");

    private final String label;

    AttendanceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts towards the quorum (a substitute stands in for the member). */
    public boolean present() {
        return this == PRESENT || this == SUBSTITUTE;
    }
}
