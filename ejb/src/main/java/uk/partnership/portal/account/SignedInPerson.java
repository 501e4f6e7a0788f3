package uk.partnership.portal.account;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.partnership.portal.access.Roles;

/** What the web tier keeps about a signed-in person: ids and names only, safe to hold in a replicated session. */
public record SignedInPerson(long personId, String username, String fullName, long agencyId, Set<String> groups) implements Serializable {

    static SignedInPerson of(Person person) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.USER);
        if (person.isSystemAdmin()) {
            groups.add(Roles.ADMIN);
        }
        if (person.isAgencyAdmin()) {
            groups.add(Roles.AGENCY_ADMIN);
        }
        return new SignedInPerson(person.getId(), person.getUsername(), person.getFullName(),
                person.getAgency().getId(), Set.copyOf(groups));
    }
}
