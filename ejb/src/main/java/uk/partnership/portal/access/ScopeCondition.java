package uk.partnership.portal.access;

import java.util.Map;

/**
 * {@link AccessPolicy#maySee} written as a JPQL condition, for lists that must be filtered inside their query: a
 * record with an {@code accessLevel} and {@code namedAgencies} is seen by everyone when public, by the current members
 * of its body, and — when restricted — by the people of the agencies it names. Administrators see everything. An
 * agenda item is seen where both its own scope and its body's are ({@code Scope.within}): join two conditions.
 */
public final class ScopeCondition {

    private ScopeCondition() {
    }

    /**
     * The condition for the record at {@code alias}, an entity named {@code entity}, whose body's id is at
     * {@code bodyId}. {@code tag} keeps the subquery's aliases apart when a query joins several conditions.
     */
    public static Condition visibleTo(Caller caller, String entity, String alias, String bodyId, String tag) {
        if (caller.systemAdmin()) {
            return Condition.NONE;
        }
        String own = tag + "Own";
        String named = tag + "Named";
        return new Condition(" and (" + alias + ".accessLevel = :scPublic or " + bodyId + " in :scMine or (" + alias
                + ".accessLevel = :scRestricted and exists (select " + named + " from " + entity + " " + own + " join "
                + own + ".namedAgencies " + named + " where " + own + " = " + alias + " and " + named
                + ".id = :scAgency)))",
                Map.of("scPublic", AccessLevel.PUBLIC, "scRestricted", AccessLevel.RESTRICTED,
                        "scMine", caller.currentBodyIdsOrNone(), "scAgency", caller.agencyIdOrNone()));
    }
}
