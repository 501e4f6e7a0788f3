package uk.partnership.portal.meeting;

import java.io.Serializable;
import java.util.List;

/**
 * An agenda item as a secretary fills it in. A late item (added after the publication deadline) needs an
 * urgency reason and the chair (or vice-chair) who agreed it.
 */
public record ItemForm(String title, String purpose, String presenter, String accessLevel, Integer exemptParagraph,
                       String publicTitle, List<Long> namedAgencyIds, String urgencyReason, Long urgencyAgreedBy,
                       Long version) implements Serializable {
}
