package uk.partnership.portal.body;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
}
