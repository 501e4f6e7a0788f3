package uk.partnership.portal.meeting;

/** The items every agenda opens with. Apologies and declarations are not numbered, as in council minutes. */
public enum StandardItem {
    APOLOGIES("Apologies for absence", false),
    DECLARATIONS("Declarations of interest", false),
    PREVIOUS_MINUTES("Minutes of the previous meeting", true);

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
