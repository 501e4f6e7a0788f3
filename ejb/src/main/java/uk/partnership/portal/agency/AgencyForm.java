package uk.partnership.portal.agency;

import java.io.Serializable;

/** An agency as an administrator edits it; {@code version} is empty for a new one. */
public record AgencyForm(String name, String kind, Long version) implements Serializable {
}
