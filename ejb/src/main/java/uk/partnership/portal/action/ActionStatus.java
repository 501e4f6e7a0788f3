package uk.partnership.portal.action;

/** Where an action stands, as its owner reports it. Only the body closes an action, by a resolution. */
public enum ActionStatus {
    NOT_STARTED("Not started"),
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    OFF_TRACK("Off track"),
    COMPLETE("Complete"),
    CLOSED("Closed");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still to be done: open and not reported complete. */
    public boolean outstanding() {
        return this != COMPLETE && this != CLOSED;
    }

    /** The statuses an owner may report in an update (closing needs the body). */
    public static ActionStatus[] reportable() {
        return new ActionStatus[] {NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE};
    }
}
