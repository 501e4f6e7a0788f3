package uk.partnership.portal.improvement;

/** What sort of inspection or visit it was. */
public enum InspectionKind {
    FULL("Full inspection"),
    MONITORING_VISIT("Monitoring visit"),
    FOCUSED_VISIT("Focused visit"),
    SEND("SEND inspection"),
    JOINT_TARGETED("Joint targeted area inspection");

    private final String label;

    InspectionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
