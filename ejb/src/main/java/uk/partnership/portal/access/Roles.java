package uk.partnership.portal.access;

/** The container groups the sign-in mechanism gives a caller. */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final String AGENCY_ADMIN = "agency-admin";

    private Roles() {
    }
}
