package uk.partnership.portal.agency;

/** The kinds of partner organisation that sit on children's partnership bodies. */
public enum AgencyKind {
    LOCAL_AUTHORITY("Local authority"),
    POLICE("Police"),
    ICB_CCG("Integrated care board / CCG"),
    HOSPITAL_TRUST("Hospital trust"),
    PUBLIC_HEALTH("Public health"),
    SCHOOL("School"),
    VOLUNTARY_SECTOR("Voluntary sector"),
    CENTRAL_GOVERNMENT("Central government"),
    REGULATOR("Regulator");

    private final String label;

    AgencyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
