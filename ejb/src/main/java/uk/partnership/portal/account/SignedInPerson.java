package uk.partnership.portal.account;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the web tier keeps about a signed-in person: ids and names only, safe to hold in a replicated session. */
public record SignedInPerson(long personId, String username, String fullName, long agencyId, Set<String> groups) implements Serializable {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final String AGENCY_ADMIN = "agency-admin";

    static SignedInPerson of(Person person) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(USER);
        if (person.isSystemAdmin()) {
            groups.add(ADMIN);
        }
        if (person.isAgencyAdmin()) {
            groups.add(AGENCY_ADMIN);
        }
        return new SignedInPerson(person.getId(), person.getUsername(), person.getFullName(),
                person.getAgency().getId(), Set.copyOf(groups));
    }
}
