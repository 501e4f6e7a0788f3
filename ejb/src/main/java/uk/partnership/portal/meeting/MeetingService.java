package uk.partnership.portal.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.publication.ClearDays;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/** Scheduling meetings and reading them as the caller's access allows. */
@Stateless
@PermitAll
public class MeetingService {

    private static final int MAX_SERIES = 30;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    BodyService bodies;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Inject
    Event<MeetingMoved> moved;

    /** Schedules one meeting, or a series, each opening with the standard items. */
    public List<MeetingSummary> schedule(long bodyId, MeetingForm form) {
        Caller caller = access.caller();
        Body body = managedBody(caller, bodyId);
        String venue = InvalidInputException.optionalText(form.venue(), "venue", 300);
        String link = InvalidInputException.optionalText(form.onlineLink(), "online link", 500);
        InvalidInputException.require(venue != null || link != null, "Give a venue, an online link, or both.");
        InvalidInputException.require(link == null || link.startsWith("https://"),
                "The online link must start with https://.");
        List<LocalDateTime> starts = startsOf(form);
        List<MeetingSummary> created = new ArrayList<>();
        boolean actionLog = hasOpenActions(body);
        for (LocalDateTime start : starts) {
            Meeting meeting = new Meeting(body, london(start), venue, link);
            meeting.addStandardItems();
            if (actionLog) {
                meeting.addActionLogItem();
            }
            em.persist(meeting);
            Saving.flush(em);
            audit.record(AuditAction.CREATE, "Meeting", meeting.getId(), body.getShortName() + " " + start,
                    Changes.of().set("startsAt", start).set("venue", venue).set("onlineLink", link));
            created.add(MeetingSummary.of(meeting, latestPublication(meeting)));
        }
        return created;
    }

    public MeetingSummary cancel(long meetingId, Long version, String reason) {
        Meeting meeting = managedMeeting(access.caller(), meetingId);
        ConflictException.requireVersion(meeting.getVersion(), version);
        String why = InvalidInputException.requireText(reason, "reason for cancelling", 2000);
        meeting.cancel(why);
        Saving.flush(em);
        moved.fire(new MeetingMoved(meeting.getId(), meeting.getBody().getId(), true));
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Cancelled",
                Changes.of().field("status", "SCHEDULED", "CANCELLED").set("reason", why));
        return MeetingSummary.of(meeting, null);
    }

    public MeetingSummary rearrange(long meetingId, Long version, LocalDateTime newStart, String reason) {
        Meeting meeting = managedMeeting(access.caller(), meetingId);
        ConflictException.requireVersion(meeting.getVersion(), version);
        InvalidInputException.require(newStart != null, "Give the new date and time.");
        String why = InvalidInputException.requireText(reason, "reason for rearranging", 2000);
        OffsetDateTime before = meeting.getStartsAt();
        meeting.rearrange(london(newStart), why);
        Saving.flush(em);
        moved.fire(new MeetingMoved(meeting.getId(), meeting.getBody().getId(), false));
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Rearranged: " + why,
                Changes.of().field("startsAt", before, meeting.getStartsAt()));
        return MeetingSummary.of(meeting, latestPublication(meeting));
    }



    /** A meeting with the items the caller may see: exempt ones the caller may not read are shown withheld. */
    public MeetingView getMeeting(long meetingId) {
        Caller caller = access.caller();
        Meeting m = visibleMeeting(caller, meetingId);
        boolean manage = access.mayManage(caller, m.getBody().getId());
        List<ItemView> items = new ArrayList<>();
        boolean sensitiveRead = false;
        if (m.agendaPublished() || manage) {
            int numbered = numberedBefore(m);
            for (AgendaItem item : m.getItems()) {
                String number = item.getItemNumber();
                if (item.numbered()) {
                    numbered++;
                    number = number != null ? number : MunicipalYear.itemNumber(m.getMunicipalYear(), numbered);
                }
                if (access.maySee(caller, item.scope())) {
                    items.add(ItemView.full(item, number));
                    sensitiveRead |= item.getAccessLevel() == AccessLevel.RESTRICTED
                            || item.getAccessLevel() == AccessLevel.EXEMPT;
                } else if (item.getAccessLevel() == AccessLevel.EXEMPT) {
                    items.add(ItemView.withheld(item, number));
                }
            }
        }
        if (sensitiveRead) {
            audit.record(AuditAction.READ, "Meeting", meetingId, "Read restricted or exempt agenda items", null);
        }
        return new MeetingView(m.getId(), m.getVersion(), m.getBody().getId(), m.getBody().getName(),
                m.getBody().getShortName(), m.getStartsAt().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime(),
                m.getVenue(), m.getOnlineLink(), m.getStatus().label(), m.getStatus().name(),
                MunicipalYear.label(m.getMunicipalYear()), m.getAgendaPublishedOn(), latestPublication(m),
                m.getStatusReason(), m.getRearrangedFrom() == null ? null
                : m.getRearrangedFrom().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime(), manage,
                List.copyOf(items));
    }

    private boolean hasOpenActions(Body body) {
        return !em.createQuery("select a.id from Action a where a.body = :body and a.status <> :closed", Long.class)
                .setParameter("body", body).setParameter("closed", uk.partnership.portal.action.ActionStatus.CLOSED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Numbered items of the same body and municipal year in earlier meetings (a business method: other services call it). */
    public int numberedBefore(Meeting m) {
        return em.createNamedQuery("Meeting.numberedBefore", Long.class)
                .setParameter("body", m.getBody().getId())
                .setParameter("year", m.getMunicipalYear())
                .setParameter("startsAt", m.getStartsAt())
                .getSingleResult().intValue();
    }

    /** For bodies under access-to-information rules: the last day the agenda may go out. */
    static LocalDate latestPublication(Meeting m) {
        return m.getBody().isAccessToInformation()
                ? ClearDays.latestPublication(m.meetingDay(), ClearDays.AGENDA_NOTICE) : null;
    }

    public Meeting visibleMeeting(Caller caller, long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !access.maySee(caller, m.getBody().scope())) {
            throw new NotFoundException();
        }
        return m;
    }

    public Meeting managedMeeting(Caller caller, long meetingId) {
        Meeting m = visibleMeeting(caller, meetingId);
        access.requireManager(caller, m.getBody().scope());
        return m;
    }

    /**
     * An agenda item for its body's secretaries: not found unless the caller may see the item (its body and its own
     * level), refused when they may see it but do not manage the body. Every write to an item comes through here.
     */
    public AgendaItem managedItem(Caller caller, long itemId) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        if (item == null) {
            throw new NotFoundException();
        }
        access.requireManager(caller, item.scope());
        return item;
    }

    private Body managedBody(Caller caller, long bodyId) {
        Body body = bodies.visibleBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        return body;
    }

    private static List<LocalDateTime> startsOf(MeetingForm form) {
        if (form.dates() != null && !form.dates().isEmpty()) {
            InvalidInputException.require(form.dates().size() <= MAX_SERIES,
                    "Schedule at most " + MAX_SERIES + " meetings at once.");
            InvalidInputException.require(form.dates().stream().allMatch(d -> d != null), "Every date needs a time.");
            return form.dates().stream().sorted().toList();
        }
        InvalidInputException.require(form.startsAt() != null, "Give the date and time of the meeting.");
        int count = form.count() == null ? 1 : form.count();
        InvalidInputException.require(count >= 1 && count <= MAX_SERIES,
                "A series has from 1 to " + MAX_SERIES + " meetings.");
        int weeks = form.everyWeeks() == null ? 0 : form.everyWeeks();
        InvalidInputException.require(count == 1 || (weeks >= 1 && weeks <= 52),
                "Say how many weeks apart the meetings are (1 to 52).");
        List<LocalDateTime> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            starts.add(form.startsAt().plusWeeks((long) i * weeks));
        }
        return starts;
    }

    static OffsetDateTime london(LocalDateTime local) {
        return local.atZone(LondonTime.ZONE).toOffsetDateTime();
    }
}
