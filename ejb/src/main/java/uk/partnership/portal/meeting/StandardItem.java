package uk.partnership.portal.meeting;

/**
 * The items every agenda opens with. Apologies and declarations are not numbered, as in council minutes; the action
 * log joins them only for a body with open actions.
 */
public enum StandardItem {
    APOLOGIES("Apologies for absence", false),
    DECLARATIONS("Declarations of interest", false),
    PREVIOUS_MINUTES("Minutes of the previous meeting", true),
    /** Added by itself when the body has open actions: the log with each action's latest progress. */
    ACTION_LOG("Matters arising and action log", true);

    private final String title;
    private final boolean numbered;

    StandardItem(String title, boolean numbered) {
        this.title = title;
        this.numbered = numbered;
    }

    public String title() {
        return title;
    }

    public boolean numbered() {
        return numbered;
    }
}
