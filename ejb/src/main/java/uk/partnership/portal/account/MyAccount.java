package uk.partnership.portal.account;

import java.io.Serializable;

/** The signed-in person's own details for the home page. */
public record MyAccount(String fullName, String jobTitle, long agencyId, String agencyName, String agencyKind)
        implements Serializable {
}
