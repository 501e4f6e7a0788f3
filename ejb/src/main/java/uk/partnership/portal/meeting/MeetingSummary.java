package uk.partnership.portal.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.partnership.portal.shared.LondonTime;

/** A meeting in a list: when, which body, whether its agenda is out and whether its minutes are approved. */
public record MeetingSummary(long id, long bodyId, String bodyName, String bodyShortName, LocalDateTime startsAt,
                             String venue, String status, String statusCode, LocalDate latestPublication,
                             String minutesStatusCode) implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    /** Its agenda is out (so the pack may be read), and it was not cancelled. */
    public boolean agendaOut() {
        return "AGENDA_PUBLISHED".equals(statusCode) || "HELD".equals(statusCode);
    }

    /** Minutes approved as a correct record: what every reader of the meeting may read. */
    public boolean minutesApproved() {
        return "APPROVED".equals(minutesStatusCode);
    }

    /** "Monday 20 July 2020, 16:00", for choice lists. */
    public String when() {
        return startsAt.format(WHEN);
    }

    static MeetingSummary of(Meeting m, LocalDate latestPublication) {
        return new MeetingSummary(m.getId(), m.getBody().getId(), m.getBody().getName(), m.getBody().getShortName(),
                m.getStartsAt().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime(), m.getVenue(),
                m.getStatus().label(), m.getStatus().name(), latestPublication,
                m.getMinutesStatus() == null ? null : m.getMinutesStatus().name());
    }
}
