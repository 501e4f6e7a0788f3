package uk.partnership.portal.publication;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bank holidays in England and Wales, computed from the rules of the Banking and Financial Dealings Act 1971
 * and the standing proclamations (fixed days with substitute weekdays, Easter, the May and August Mondays),
 * plus the one-off changes made by royal proclamation, which no rule can predict.
 */
public final class BankHolidays {

    /** One-off proclamations: extra days, and regular days moved to another date. */
    private static final Set<LocalDate> EXTRA = Set.of(
            LocalDate.of(2011, 4, 29),   // royal wedding
            LocalDate.of(2012, 6, 5),    // diamond jubilee
            LocalDate.of(2022, 6, 3),    // platinum jubilee
            LocalDate.of(2022, 9, 19),   // state funeral
            LocalDate.of(2023, 5, 8));   // coronation
    private static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),   // spring holiday moved for the jubilee
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),    // early May moved to VE Day
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));  // spring holiday moved for the jubilee

    private BankHolidays() {
    }

    public static Set<LocalDate> inYear(int year) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(substituteIfWeekend(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.addAll(christmas(year));
        MOVED.forEach((from, to) -> {
            if (days.remove(from)) {
                days.add(to);
            }
        });
        EXTRA.stream().filter(d -> d.getYear() == year).forEach(days::add);
        return days;
    }

    public static boolean isBankHoliday(LocalDate day) {
        return inYear(day.getYear()).contains(day);
    }

    /** Christmas Day and Boxing Day, with substitute weekdays when either falls at a weekend. */
    private static Set<LocalDate> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        return switch (christmas.getDayOfWeek()) {
            case FRIDAY -> Set.of(christmas, LocalDate.of(year, 12, 28));
            case SATURDAY -> Set.of(LocalDate.of(year, 12, 27), LocalDate.of(year, 12, 28));
            case SUNDAY -> Set.of(LocalDate.of(year, 12, 26), LocalDate.of(year, 12, 27));
            default -> Set.of(christmas, LocalDate.of(year, 12, 26));
        };
    }

    private static LocalDate substituteIfWeekend(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
