package uk.partnership.portal.access;

import java.util.Set;

/**
 * What decides who may see a record: the body it belongs to, its access level and, for restricted records, the
 * agencies named on it. A record that lives inside another (an agenda item inside its body's business) carries the
 * outer scope in {@code within}: it is seen only by those who may see both, so an item marked public on a members-only
 * body stays members-only.
 */
public record Scope(long bodyId, AccessLevel level, Set<Long> namedAgencyIds, Scope within) {

    public Scope(long bodyId, AccessLevel level, Set<Long> namedAgencyIds) {
        this(bodyId, level, namedAgencyIds, null);
    }

    /** This scope, seen only where {@code outer} is seen as well. */
    public Scope inside(Scope outer) {
        return new Scope(bodyId, level, namedAgencyIds, outer);
    }
}
