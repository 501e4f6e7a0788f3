package uk.partnership.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MailModeTest {

    @Test
    void atOnceIsNow() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-03T12:00:00Z");
        assertEquals(now, MailMode.AT_ONCE.dueAfter(now));
    }

    @Test
    void theDailyDigestGoesAtSevenLondonTimeTheNextMorning() {
        assertEquals(OffsetDateTime.parse("2026-12-04T07:00:00Z"),
                MailMode.DAILY.dueAfter(OffsetDateTime.parse("2026-12-03T12:00:00Z")), "winter: GMT");
        assertEquals(OffsetDateTime.parse("2026-12-03T07:00:00Z"),
                MailMode.DAILY.dueAfter(OffsetDateTime.parse("2026-12-03T06:59:00Z")), "before seven: the same day");
        assertEquals(OffsetDateTime.parse("2026-07-21T06:00:00Z"),
                MailMode.DAILY.dueAfter(OffsetDateTime.parse("2026-07-20T15:00:00Z")), "summer: seven BST is six UTC");
    }

    @Test
    void theWeeklyDigestGoesOnMondayMorning() {
        assertEquals(OffsetDateTime.parse("2026-12-07T07:00:00Z"),
                MailMode.WEEKLY.dueAfter(OffsetDateTime.parse("2026-12-03T12:00:00Z")), "a Thursday: next Monday");
        assertEquals(OffsetDateTime.parse("2026-12-14T07:00:00Z"),
                MailMode.WEEKLY.dueAfter(OffsetDateTime.parse("2026-12-07T08:00:00Z")), "Monday after seven: a week on");
        assertEquals(OffsetDateTime.parse("2026-12-07T07:00:00Z"),
                MailMode.WEEKLY.dueAfter(OffsetDateTime.parse("2026-12-07T06:00:00Z")), "Monday before seven: that day");
    }
}
