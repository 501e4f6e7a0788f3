package uk.partnership.portal.shared;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes dates in documents and sentences: "20 July 2020", "Monday 20 July 2020 at 18:00". */
public final class UkFormats {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter DAY_AT_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);

    private UkFormats() {
    }
}
