package uk.partnership.portal.scrutiny;

/** Who suggested a topic. */
public enum SuggesterKind {
    MEMBER("Member of the panel"),
    OFFICER("Officer"),
    PARTNER("Partner agency"),
    PUBLIC("Member of the public");

    private final String label;

    SuggesterKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
