package uk.partnership.portal.publication;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The access-to-information publication rule: an agenda must be published at least five clear working days
 * before the meeting. Clear days leave out the day of publication and the day of the meeting, and working
 * days leave out weekends and bank holidays in England and Wales.
 */
public final class ClearDays {

    public static final int AGENDA_NOTICE = 5;

    private ClearDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !BankHolidays.isBankHoliday(day);
    }

    /** Working days strictly between publication and the meeting. */
    public static int clearWorkingDaysBetween(LocalDate publication, LocalDate meeting) {
        int count = 0;
        for (LocalDate d = publication.plusDays(1); d.isBefore(meeting); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The last working day on which the agenda can go out with the required notice. */
    public static LocalDate latestPublication(LocalDate meeting, int clearDays) {
        LocalDate day = meeting;
        int found = 0;
        while (found < clearDays) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                found++;
            }
        }
        LocalDate latest = day.minusDays(1);
        while (!isWorkingDay(latest)) {
            latest = latest.minusDays(1);
        }
        return latest;
    }

    public static boolean inTime(LocalDate publication, LocalDate meeting, int clearDays) {
        return clearWorkingDaysBetween(publication, meeting) >= clearDays;
    }
}
