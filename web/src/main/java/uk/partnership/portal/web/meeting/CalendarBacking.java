package uk.partnership.portal.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.web.support.PageActions;

/**
 * The meetings calendar: one month of meetings across every body the reader may see (the public too), as a month
 * grid and day by day, with the months before and after one link away; the address names the month, so it can be
 * bookmarked.
 */
@Named
@RequestScoped
public class CalendarBacking {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    @Inject
    MeetingService meetings;

    @Inject
    MeetingListQuery meetingLists;

    @Inject
    PortalClock clock;

    private String month;
    private YearMonth shown;
    private List<Day> days = List.of();

    /** One day of the month with its meetings. */
    public record Day(LocalDate date, String label, List<MeetingSummary> meetings) {
    }

    /** A square of the month grid: a day (of this month or, greyed, the next or last), and its meetings. */
    public record Cell(LocalDate date, boolean inMonth, String label, List<MeetingSummary> meetings) {
    }

    private List<List<Cell>> weeks = List.of();

    public void load() {
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(clock.today()) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            PageActions.notFound();
            return;
        }
        Map<LocalDate, List<MeetingSummary>> byDay = meetingLists.listMeetings(null, shown.atDay(1), shown.atEndOfMonth())
                .stream().collect(Collectors.groupingBy(m -> m.startsAt().toLocalDate(), TreeMap::new,
                        Collectors.toList()));
        days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getKey().format(DAY), e.getValue())).toList();
        weeks = new ArrayList<>();
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate monday = first; !monday.isAfter(shown.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            List<Cell> week = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                LocalDate day = monday.plusDays(d);
                week.add(new Cell(day, YearMonth.from(day).equals(shown), day.format(DAY),
                        byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
    }

    /** The month as weeks from Monday, for the grid. */
    public List<List<Cell>> getWeeks() {
        return weeks;
    }

    public String getTitle() {
        return shown == null ? "" : shown.format(MONTH);
    }

    public String getPrevious() {
        return shown.minusMonths(1).toString();
    }

    public String getPreviousLabel() {
        return shown.minusMonths(1).format(MONTH);
    }

    public String getNext() {
        return shown.plusMonths(1).toString();
    }

    public String getNextLabel() {
        return shown.plusMonths(1).format(MONTH);
    }

    public String getThisMonth() {
        return YearMonth.from(clock.today()).toString();
    }

    public List<Day> getDays() {
        return days;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
