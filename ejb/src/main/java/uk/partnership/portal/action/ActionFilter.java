package uk.partnership.portal.action;

import java.io.Serializable;

/**
 * How a list of actions is narrowed. {@code status} is a status name, {@code OPEN} (everything not closed) or
 * {@code ANY};
 * {@code whose} is {@code ME}, {@code MY_AGENCY} or empty for all the caller may see.
 */
public record ActionFilter(Long bodyId, Long agencyId, String status, String rag, boolean overdue,
                           boolean dueThisMonth, String whose, String words) implements Serializable {

    public static ActionFilter ofBody(long bodyId) {
        return new ActionFilter(bodyId, null, null, null, false, false, null, null);
    }
}
