package uk.partnership.portal.access;

import java.util.Set;

/**
 * What decides who may see a record: the body it belongs to, its access level and, for restricted records, the
 * agencies named on it. Bodies have one now; meetings, items, papers and actions will carry one too.
 */
public record Scope(long bodyId, AccessLevel level, Set<Long> namedAgencyIds) {
}
