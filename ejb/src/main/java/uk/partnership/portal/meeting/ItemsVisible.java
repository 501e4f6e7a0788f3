package uk.partnership.portal.meeting;

import java.util.Map;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.access.ScopeCondition;

/**
 * Who may read an agenda item (and the papers under it), as a JPQL condition: its own level and its body's, and the
 * agenda published — before publication only the body's secretaries (and administrators) read the items.
 */
public final class ItemsVisible {

    private ItemsVisible() {
    }

    /** The condition over an item alias and its meeting's alias. */
    public static Condition to(Caller caller, String item, String meeting) {
        Condition scopes = ScopeCondition.visibleTo(caller, "AgendaItem", item, meeting + ".body.id", "item")
                .and(ScopeCondition.visibleTo(caller, "Body", meeting + ".body", meeting + ".body.id", "body"));
        if (caller.systemAdmin()) {
            return scopes;
        }
        return scopes.and(new Condition(" and (" + meeting + ".agendaPublishedAt is not null or " + meeting
                + ".body.id in :ivSecretaryOf)", Map.of("ivSecretaryOf", caller.secretaryOfBodyIdsOrNone())));
    }
}
