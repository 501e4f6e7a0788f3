package uk.partnership.portal.access;

import java.util.Set;

/**
 * Who is asking, as the access policy sees it: read afresh for every call, so an ended membership or a disabled
 * account stops counting at once.
 */
public record Caller(Long personId, Long agencyId, boolean systemAdmin, boolean agencyAdmin,
                     Set<Long> currentBodyIds) {

    public static final Caller ANONYMOUS = new Caller(null, null, false, false, Set.of());

    public boolean anonymous() {
        return personId == null;
    }

    public boolean sitsOn(long bodyId) {
        return currentBodyIds.contains(bodyId);
    }
}
