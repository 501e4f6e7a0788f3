package uk.partnership.portal.meeting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One meeting ({@code startsAt}), or a series: every {@code everyWeeks} weeks for {@code count} meetings, or on
 * each of {@code dates}. Times are UK local time.
 */
public record MeetingForm(LocalDateTime startsAt, String venue, String onlineLink, Integer everyWeeks, Integer count,
                          List<LocalDateTime> dates) implements Serializable {
}
