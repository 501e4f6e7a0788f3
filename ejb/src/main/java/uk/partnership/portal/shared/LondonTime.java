package uk.partnership.portal.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The portal's calendar is England's: "today" is London's date, whatever zone the server runs in. */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {
    }

    public static LocalDate dateOf(OffsetDateTime at) {
        return at.atZoneSameInstant(ZONE).toLocalDate();
    }
}
