package uk.partnership.portal.access;

import java.util.Set;

/**
 * Who is asking, as the access policy sees it: read afresh for every request, so an ended membership or a disabled
 * account stops counting from the next one. Username and agency name are for the audit trail.
 */
public record Caller(Long personId, Long agencyId, boolean systemAdmin, boolean agencyAdmin,
                     Set<Long> currentBodyIds, Set<Long> secretaryOfBodyIds, String username, String agencyName) {

    public static final Caller ANONYMOUS = new Caller(null, null, false, false, Set.of(), Set.of());

    /** A caller known only by ids (tests of the rules). */
    public Caller(Long personId, Long agencyId, boolean systemAdmin, boolean agencyAdmin, Set<Long> currentBodyIds,
                  Set<Long> secretaryOfBodyIds) {
        this(personId, agencyId, systemAdmin, agencyAdmin, currentBodyIds, secretaryOfBodyIds, null, null);
    }

    public boolean anonymous() {
        return personId == null;
    }

    public boolean sitsOn(long bodyId) {
        return currentBodyIds.contains(bodyId);
    }

    public boolean isSecretaryOf(long bodyId) {
        return secretaryOfBodyIds.contains(bodyId);
    }

    /** For queries: an id that matches no agency when the caller has none. */
    public long agencyIdOrNone() {
        return agencyId == null ? -1L : agencyId;
    }

    /** For queries: a set that is never empty (an empty IN list is not valid SQL). */
    public Set<Long> currentBodyIdsOrNone() {
        return currentBodyIds.isEmpty() ? Set.of(-1L) : currentBodyIds;
    }

    /** For queries: the bodies the caller is secretary of, never empty. */
    public Set<Long> secretaryOfBodyIdsOrNone() {
        return secretaryOfBodyIds.isEmpty() ? Set.of(-1L) : secretaryOfBodyIds;
    }
}
