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

    /** Officers, secretaries and advisers attend without a vote unless the body says otherwise. */
    public boolean votesByDefault() {
        return this != OFFICER && this != SECRETARY && this != ADVISER;
    }

    public static MembershipRole parse(String value) {
        return uk.partnership.portal.shared.Choices.parse(MembershipRole.class, value, "Choose the role: one of chair, "
                + "vice-chair, independent chair, member, co-opted member, adviser / observer, officer or secretary.");
    }
}
