package uk.partnership.portal.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A meeting with the agenda items the caller may see; items are absent until the agenda is published. */
public record MeetingView(long id, long version, long bodyId, String bodyName, String bodyShortName,
                          LocalDateTime startsAt, String venue, String onlineLink, String status, String statusCode,
                          String municipalYear, LocalDate agendaPublishedOn, LocalDate latestPublication,
                          String statusReason, LocalDateTime rearrangedFrom, boolean mayManage, List<ItemView> items)
        implements Serializable {
}
