package uk.partnership.portal.notification;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import uk.partnership.portal.shared.LondonTime;

/**
 * How a person takes a body's mail: each message at once, gathered into a digest sent at seven in the morning
 * (London) every day or every Monday, or not at all.
 */
public enum MailMode {
    AT_ONCE("At once"),
    DAILY("Daily digest"),
    WEEKLY("Weekly digest"),
    OFF("Off");

    static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    private final String label;

    MailMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean digest() {
        return this == DAILY || this == WEEKLY;
    }

    /** When a message written now goes: at once, or at the next digest morning. */
    OffsetDateTime dueAfter(OffsetDateTime now) {
        if (!digest()) {
            return now;
        }
        ZonedDateTime london = now.atZoneSameInstant(LondonTime.ZONE);
        ZonedDateTime next = london.with(DIGEST_TIME);
        if (this == WEEKLY) {
            next = next.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        if (!next.isAfter(london)) {
            next = this == WEEKLY ? next.plusWeeks(1) : next.plusDays(1);
        }
        return next.withZoneSameInstant(ZoneOffset.UTC).toOffsetDateTime();
    }
}
