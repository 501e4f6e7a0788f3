package uk.partnership.portal.action;

import java.time.LocalDate;

/**
 * Red, amber, green — and blue for done — derived from an action's status and due date, so nobody types a colour
 * that disagrees with the facts. A secretary may override it, with a reason.
 */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    BLUE("Blue (complete)");

    /** Not started and due within this many days counts as at risk. */
    public static final int NOT_STARTED_WARNING_DAYS = 14;

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The one rule: complete or closed is blue; otherwise past its due date or off track is red; at risk, or not
     * started with less than two weeks to go, is amber; the rest is green. {@code ActionQuery.ragIs} is this rule
     * written as a query.
     */
    public static Rag derive(ActionStatus status, LocalDate dueOn, LocalDate today) {
        if (!status.outstanding()) {
            return BLUE;
        }
        if (dueOn.isBefore(today) || status == ActionStatus.OFF_TRACK) {
            return RED;
        }
        if (status == ActionStatus.AT_RISK
                || (status == ActionStatus.NOT_STARTED && dueOn.isBefore(today.plusDays(NOT_STARTED_WARNING_DAYS)))) {
            return AMBER;
        }
        return GREEN;
    }

    /** The colour shown: the override if the secretary set one, otherwise the derived one. */
    public static Rag shown(Rag override, ActionStatus status, LocalDate dueOn, LocalDate today) {
        return override != null ? override : derive(status, dueOn, today);
    }
}
