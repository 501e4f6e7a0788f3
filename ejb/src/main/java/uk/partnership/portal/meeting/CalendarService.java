package uk.partnership.portal.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.PortalClock;

/**
 * Calendars (iCalendar, RFC 5545) of meetings: one meeting, or a body's feed to subscribe to. Each is built from
 * the same scoped reads as the pages, so an event carries only the agenda lines its reader may see.
 */
@Stateless
@PermitAll
public class CalendarService {

    private static final Duration LENGTH = Duration.ofHours(2);

    @EJB
    MeetingService meetings;

    @EJB
    MeetingListQuery meetingLists;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    PortalClock clock;

    public String meeting(long meetingId) {
        return calendar(List.of(meetings.getMeeting(meetingId)), false);
    }

    /** The meeting for an e-mail: the event as above, but an item not open to the partnership named by number only. */
    public String meetingForMail(long meetingId) {
        return calendar(List.of(meetings.getMeeting(meetingId)), true);
    }

    /** Every meeting of the body, past and planned: committee calendars are small, and history is useful. */
    public String bodyFeed(long bodyId) {
        return calendar(meetingLists.listMeetings(bodyId, LocalDate.of(2000, 1, 1),
                        clock.today().plusYears(3)).stream()
                .map(m -> meetings.getMeeting(m.id())).toList(), false);
    }

    private String calendar(List<MeetingView> views, boolean forMail) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Partnership Governance Portal//Meetings//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        for (MeetingView m : views) {
            var start = m.startsAt().atZone(LondonTime.ZONE).toInstant();
            VEvent event = new VEvent(start.atOffset(ZoneOffset.UTC), start.plus(LENGTH).atOffset(ZoneOffset.UTC),
                    m.bodyName() + " meeting");
            event.add(new Uid("meeting-" + m.id() + "@partnership-portal"));
            event.add(new Sequence((int) m.version()));
            event.add(new Url(URI.create(baseUrl + "/meeting/view.xhtml?id=" + m.id())));
            if (m.venue() != null) {
                event.add(new Location(m.venue()));
            }
            event.add(new Description(description(m, forMail)));
            Status status = "CANCELLED".equals(m.statusCode()) ? ImmutableStatus.VEVENT_CANCELLED
                    : ImmutableStatus.VEVENT_CONFIRMED;
            event.add(status);
            calendar.add(event);
        }
        return calendar.toString();
    }

    private static String description(MeetingView m, boolean forMail) {
        String online = m.onlineLink() == null ? "" : "Online: " + m.onlineLink() + "\n";
        if (m.items().isEmpty()) {
            return online + "The agenda has not been published yet.";
        }
        return online + "Agenda:\n" + m.items().stream()
                .map(i -> (i.number() == null ? "" : i.number() + " ")
                        + (forMail ? i.titleOutsideThePortal() : i.title()))
                .collect(Collectors.joining("\n"));
    }
}
