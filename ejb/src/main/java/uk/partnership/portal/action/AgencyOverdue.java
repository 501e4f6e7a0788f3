package uk.partnership.portal.action;

import java.io.Serializable;
import java.util.List;

/** One agency's overdue actions: how many, and the longest overdue of them. */
public record AgencyOverdue(long agencyId, String agency, long count, List<ActionView> oldest) implements Serializable {
}
