package uk.partnership.portal.action;

import java.io.Serializable;

/**
 * How a list of actions is narrowed. {@code status} is a status name, {@code OPEN} (everything not closed) or
 * {@code ANY}; {@code priorityId} narrows to one priority of an improvement plan;
 * {@code whose} is {@code ME}, {@code MY_AGENCY} or empty for all the caller may see; {@code dueBy} keeps the
 * actions still to be done (neither complete nor closed) that are due on or before that day.
 */
public record ActionFilter(Long bodyId, Long agencyId, String status, String rag, boolean overdue,
                           boolean dueThisMonth, String whose, String words, Long priorityId, java.time.LocalDate dueBy)
        implements Serializable {

    /** Without a due-by day. */
    public ActionFilter(Long bodyId, Long agencyId, String status, String rag, boolean overdue, boolean dueThisMonth,
                        String whose, String words, Long priorityId) {
        this(bodyId, agencyId, status, rag, overdue, dueThisMonth, whose, words, priorityId, null);
    }

    /** Without a plan priority. */
    public ActionFilter(Long bodyId, Long agencyId, String status, String rag, boolean overdue, boolean dueThisMonth,
                        String whose, String words) {
        this(bodyId, agencyId, status, rag, overdue, dueThisMonth, whose, words, null);
    }
}
