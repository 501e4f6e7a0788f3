package uk.partnership.portal.account;

import java.io.Serializable;

/** A new account for someone in the administrator's agency. */
public record InviteForm(String username, String fullName, String email, String jobTitle) implements Serializable {
}
