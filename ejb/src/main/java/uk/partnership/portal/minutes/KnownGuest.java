package uk.partnership.portal.minutes;

import java.io.Serializable;

/** Someone a body's meetings recorded by name without an account: an officer, a guest, a substitute. */
public record KnownGuest(String name, String note) implements Serializable {
}
