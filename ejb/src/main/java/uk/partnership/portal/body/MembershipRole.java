package uk.partnership.portal.body;

/** The part a person plays on a body. */
public enum MembershipRole {
    CHAIR("Chair"),
    VICE_CHAIR("Vice-chair"),
    INDEPENDENT_CHAIR("Independent chair"),
    MEMBER("Member"),
    CO_OPTED("Co-opted member"),
    ADVISER("Adviser / observer"),
    OFFICER("Officer"),
    SECRETARY("Secretary");

    private final String label;

    MembershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
