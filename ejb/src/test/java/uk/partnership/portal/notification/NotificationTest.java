package uk.partnership.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A message the SMTP server refused waits twice as long each time, never more than an hour, and is given up late. */
class NotificationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void retriesBackOffToAnHourThenStop() {
        Notification n = new Notification(NotificationKind.AGENDA_PUBLISHED, 1, 2, MailMode.AT_ONCE, NOW);
        n.failed(NOW, "Connection refused");
        assertEquals(NOW.plusSeconds(15), n.getDueAt());
        n.failed(NOW, "Connection refused");
        assertEquals(NOW.plusSeconds(30), n.getDueAt());
        for (int i = 0; i < 10; i++) {
            n.failed(NOW, "Connection refused");
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), n.getDueAt(), "never more than an hour");
        assertEquals(12, n.getAttempts());
    }
}
