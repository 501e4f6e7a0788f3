package uk.partnership.portal.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.access.AccessLevel;

class MembershipTermTest {

    private final Membership seat = new Membership(new Body("Children's Trust Board", "CTB", BodyKind.BOARD,
            AccessLevel.PARTNERSHIP), null, null, MembershipRole.MEMBER, LocalDate.of(2021, 4, 1));

    @Test
    void aMembershipCountsFromItsFirstDayAndHasNoEndUntilOneIsSet() {
        assertFalse(seat.isCurrentOn(LocalDate.of(2021, 3, 31)));
        assertTrue(seat.isCurrentOn(LocalDate.of(2021, 4, 1)));
        assertTrue(seat.isCurrentOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void theLastDayOfATermStillCounts() throws Exception {
        var endsOn = Membership.class.getDeclaredField("endsOn");
        endsOn.setAccessible(true);
        endsOn.set(seat, LocalDate.of(2022, 3, 31));
        assertTrue(seat.isCurrentOn(LocalDate.of(2022, 3, 31)));
        assertFalse(seat.isCurrentOn(LocalDate.of(2022, 4, 1)));
    }

    @Test
    void aSeatEndedTodayStopsCountingAtOnceNotAtMidnight() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertTrue(seat.isCurrentOn(today));
        seat.change(MembershipRole.MEMBER, null, true, seat.getStartsOn(), today,
                OffsetDateTime.of(2026, 12, 3, 10, 15, 0, 0, ZoneOffset.UTC));
        assertFalse(seat.isCurrentOn(today), "ended at 10:15, so not current for the rest of the day");
        assertTrue(seat.isCurrentOn(today.minusDays(1)), "it still counted for the meetings before");
    }

    @Test
    void aSeatEndingLaterRunsUntilThenAndTodayIsLondonsDate() {
        seat.change(MembershipRole.MEMBER, null, true, seat.getStartsOn(), LocalDate.of(2027, 3, 31),
                OffsetDateTime.of(2026, 12, 3, 10, 15, 0, 0, ZoneOffset.UTC));
        assertTrue(seat.isCurrentOn(LocalDate.of(2027, 3, 31)));
        // 23:30 UTC on 30 June is already 1 July in London: a seat ending on 30 June set then has ended.
        seat.change(MembershipRole.MEMBER, null, true, seat.getStartsOn(), LocalDate.of(2026, 6, 30),
                OffsetDateTime.of(2026, 6, 30, 23, 30, 0, 0, ZoneOffset.UTC));
        assertFalse(seat.isCurrentOn(LocalDate.of(2026, 7, 1)));
    }
}
