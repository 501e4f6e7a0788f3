package uk.partnership.portal.account;

import java.io.Serializable;
import java.util.List;

/** One person of an agency and what their seats open to them, for the agency's administrators. */
public record AccessLine(long personId, String fullName, boolean enabled, List<String> seats) implements Serializable {
}
