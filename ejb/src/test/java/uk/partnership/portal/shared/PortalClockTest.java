package uk.partnership.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The portal's one clock: London's date, UTC moments, and a fixed moment when configured. */
class PortalClockTest {

    @Test
    void todayIsLondonsDateWhateverTheServersZone() {
        PortalClock clock = new PortalClock(Clock.fixed(Instant.parse("2021-04-30T23:30:00Z"), ZoneOffset.UTC));
        clock.start();
        assertEquals(LocalDate.of(2021, 4, 30), clock.today(), "a plain test clock in UTC keeps its own zone");
        PortalClock london = new PortalClock(Clock.fixed(Instant.parse("2021-04-30T23:30:00Z"), LondonTime.ZONE));
        london.start();
        assertEquals(LocalDate.of(2021, 5, 1), london.today(), "23:30 UTC is 00:30 in London in summer time");
        assertEquals(OffsetDateTime.of(2021, 4, 30, 23, 30, 0, 0, ZoneOffset.UTC), london.now());
    }

    @Test
    void aConfiguredMomentStandsThePortalOnThatDay() {
        PortalClock configured = new PortalClock();
        configured.fixed = Optional.of("2020-07-20T15:00:00Z");
        configured.start();
        assertEquals(LocalDate.of(2020, 7, 20), configured.today());
        assertEquals(Instant.parse("2020-07-20T15:00:00Z"), configured.instant());
    }
}
