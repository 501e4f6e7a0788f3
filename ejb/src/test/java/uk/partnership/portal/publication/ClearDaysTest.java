package uk.partnership.portal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClearDaysTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void easterFallsOnTheKnownSundays() {
        assertEquals(d(2019, 4, 21), BankHolidays.easterSunday(2019));
        assertEquals(d(2020, 4, 12), BankHolidays.easterSunday(2020));
        assertEquals(d(2024, 3, 31), BankHolidays.easterSunday(2024));
        assertEquals(d(2025, 4, 20), BankHolidays.easterSunday(2025));
        assertEquals(d(2038, 4, 25), BankHolidays.easterSunday(2038));
    }

    @Test
    void theComputedHolidaysMatchThePublishedListsForYearsWithQuirks() {
        assertEquals(List.of(d(2020, 1, 1), d(2020, 4, 10), d(2020, 4, 13), d(2020, 5, 8), d(2020, 5, 25),
                d(2020, 8, 31), d(2020, 12, 25), d(2020, 12, 28)), List.copyOf(BankHolidays.inYear(2020)));
        assertEquals(List.of(d(2021, 1, 1), d(2021, 4, 2), d(2021, 4, 5), d(2021, 5, 3), d(2021, 5, 31),
                d(2021, 8, 30), d(2021, 12, 27), d(2021, 12, 28)), List.copyOf(BankHolidays.inYear(2021)));
        assertEquals(List.of(d(2022, 1, 3), d(2022, 4, 15), d(2022, 4, 18), d(2022, 5, 2), d(2022, 6, 2),
                d(2022, 6, 3), d(2022, 8, 29), d(2022, 9, 19), d(2022, 12, 26), d(2022, 12, 27)),
                List.copyOf(BankHolidays.inYear(2022)));
        assertTrue(BankHolidays.isBankHoliday(d(2023, 5, 8)), "coronation");
        assertTrue(BankHolidays.isBankHoliday(d(2027, 12, 27)), "Christmas on a Saturday moves to Monday");
        assertTrue(BankHolidays.isBankHoliday(d(2027, 12, 28)), "and Boxing Day to Tuesday");
    }

    @Test
    void theSeedMeetingOf20July2020NeededItsAgendaByFriday10July() {
        LocalDate meeting = d(2020, 7, 20);
        assertEquals(d(2020, 7, 10), ClearDays.latestPublication(meeting, 5));
        assertTrue(ClearDays.inTime(d(2020, 7, 10), meeting, 5));
        assertTrue(ClearDays.inTime(d(2020, 7, 12), meeting, 5), "a Sunday publication still leaves 5 clear days");
        assertFalse(ClearDays.inTime(d(2020, 7, 13), meeting, 5), "Monday 13th leaves only 4");
    }

    @Test
    void christmasAndNewYearPushTheDeadlineBack() {
        // Meeting Tuesday 5 January 2021: clear days are 4 Jan, 31 Dec, 30 Dec, 29 Dec, 24 Dec.
        assertEquals(d(2020, 12, 23), ClearDays.latestPublication(d(2021, 1, 5), 5));
        assertEquals(4, ClearDays.clearWorkingDaysBetween(d(2020, 12, 24), d(2021, 1, 5)));
    }

    @Test
    void easterTakesTwoWorkingDaysOut() {
        // Meeting Wednesday 21 April 2022: 20, 19 April, then Easter Monday 18 and Good Friday 15 are holidays.
        assertEquals(d(2022, 4, 11), ClearDays.latestPublication(d(2022, 4, 21), 5));
        assertEquals(5, ClearDays.clearWorkingDaysBetween(d(2022, 4, 11), d(2022, 4, 21)));
        assertEquals(4, ClearDays.clearWorkingDaysBetween(d(2022, 4, 12), d(2022, 4, 21)));
    }

    @Test
    void theYearEndIsCrossedWithTheRightYearsHolidays() {
        // Meeting Monday 3 January 2022 (New Year substitute day itself).
        assertFalse(ClearDays.isWorkingDay(d(2022, 1, 3)));
        // Clear days: 31, 30, 29 Dec, then (27 and 28 are substitute holidays) 24 and 23 Dec.
        assertEquals(d(2021, 12, 22), ClearDays.latestPublication(d(2022, 1, 4), 5));
    }
}
