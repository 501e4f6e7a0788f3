package uk.partnership.portal.scrutiny;

/** Why a topic is on a meeting's agenda. */
public enum SessionPurpose {
    SCOPING("Scoping and terms of reference"),
    EVIDENCE("Evidence session"),
    FINAL_REPORT("Final report"),
    RESPONSE("Executive response"),
    ONE_OFF("One-off item"),
    BRIEFING("Briefing");

    private final String label;

    SessionPurpose(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
