package uk.partnership.portal.body;

import java.io.Serializable;
import java.util.List;

/** A body as a system administrator edits it; {@code version} is empty for a new one. */
public record BodyForm(String name, String shortName, String kind, Long parentId, String termsOfReference,
                       String meetingFrequency, Integer quorum, Boolean accessToInformation, String accessLevel,
                       List<Long> namedAgencyIds, Long version) implements Serializable {
}
