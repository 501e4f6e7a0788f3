package uk.partnership.portal.action;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A progress update as its writer sends it: what was done, the impact ("so what?"), the new status, the date it
 * speaks for (today if left out) and the action's version the writer saw, so a status nobody saw is not replaced.
 */
public record UpdateForm(String progress, String impact, String status, LocalDate writtenOn, Long version)
        implements Serializable {
}
