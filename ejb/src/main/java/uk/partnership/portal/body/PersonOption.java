package uk.partnership.portal.body;

import java.io.Serializable;

/** A person to choose when adding a seat: name and agency only. */
public record PersonOption(long id, String name, String agency) implements Serializable {
}
