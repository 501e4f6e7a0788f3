package uk.partnership.portal.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.partnership.portal.access.Roles;

/** What the web tier keeps about a signed-in person: ids and names only, safe to hold in a replicated session. */
public record SignedInPerson(long personId, String username, String fullName, long agencyId, Set<String> groups,
                             Long providerId, Instant signedInAt, boolean mustEnrol) implements Serializable {

    /** The columns {@link #of(Object[])} takes, for a query that checks an account as it finds it. */
    static final String COLUMNS = "p.id, p.username, p.fullName, p.agency.id, p.systemAdmin, p.agencyAdmin, p.accessStamp";

    static SignedInPerson of(Person person) {
        return of(person, null);
    }

    /** Signed in through the agency's provider: the session lasts only while the provider is registered. */
    static SignedInPerson of(Person person, Long providerId) {
        return of(person.getId(), person.getUsername(), person.getFullName(), person.getAgency().getId(),
                person.isSystemAdmin(), person.isAgencyAdmin()).through(providerId);
    }

    SignedInPerson through(Long provider) {
        return new SignedInPerson(personId, username, fullName, agencyId, groups, provider, signedInAt, mustEnrol);
    }

    /** The same person, signed in at this moment (a page session's start, for its lifetime and "sign out everywhere"). */
    public SignedInPerson since(Instant at) {
        return new SignedInPerson(personId, username, fullName, agencyId, groups, providerId, at, mustEnrol);
    }

    /** Signed in with a password but without the second factor their role requires: pages send them to enrol. */
    public SignedInPerson enrolFirst(boolean must) {
        return new SignedInPerson(personId, username, fullName, agencyId, groups, providerId, signedInAt, must);
    }

    /** A row of {@link #COLUMNS}. */
    static SignedInPerson of(Object[] row) {
        return of((Long) row[0], (String) row[1], (String) row[2], (Long) row[3], (Boolean) row[4], (Boolean) row[5]);
    }

    private static SignedInPerson of(long id, String username, String fullName, long agencyId, boolean systemAdmin,
                                     boolean agencyAdmin) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Roles.USER);
        if (systemAdmin) {
            groups.add(Roles.ADMIN);
        }
        if (agencyAdmin) {
            groups.add(Roles.AGENCY_ADMIN);
        }
        return new SignedInPerson(id, username, fullName, agencyId, Set.copyOf(groups), null, null, false);
    }
}
