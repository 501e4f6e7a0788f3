package uk.partnership.portal.body;

import java.util.Map;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;

/**
 * {@link Body#workingScope} written as a JPQL condition, so a list of a body's working records — actions,
 * indicators — is filtered inside its query, never after loading: the body's current members, for a restricted body
 * its named agencies, and the agency that owns the record. Administrators see everything.
 */
public final class WorkingRecords {

    private WorkingRecords() {
    }

    /** The condition for a body's working records that no agency owns (e.g. an inspection's findings). */
    public static Condition visibleTo(Caller caller, String body) {
        if (caller.systemAdmin()) {
            return Condition.NONE;
        }
        return new Condition(" and (" + body + ".id in :wrMine or (" + body + ".accessLevel = :wrRestricted and exists "
                + "(select wrNamed from Body wrBody join wrBody.namedAgencies wrNamed where wrBody = " + body
                + " and wrNamed.id = :wrAgency)))", Map.of("wrMine", caller.currentBodyIdsOrNone(), "wrAgency",
                caller.agencyIdOrNone(), "wrRestricted", AccessLevel.RESTRICTED));
    }

    /** The condition over the record's body path and owning-agency path (e.g. {@code "a.body"}, {@code "a.ownerAgency"}). */
    public static Condition visibleTo(Caller caller, String body, String owningAgency) {
        if (caller.systemAdmin()) {
            return Condition.NONE;
        }
        return new Condition(" and (" + body + ".id in :wrMine or " + owningAgency + ".id = :wrAgency or (" + body
                + ".accessLevel = :wrRestricted and exists (select wrNamed from Body wrBody join wrBody.namedAgencies "
                + "wrNamed where wrBody = " + body + " and wrNamed.id = :wrAgency)))",
                Map.of("wrMine", caller.currentBodyIdsOrNone(), "wrAgency", caller.agencyIdOrNone(),
                        "wrRestricted", AccessLevel.RESTRICTED));
    }
}
