package uk.partnership.portal.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.PortalClock;

/**
 * Lists of meetings as each reader may see them: a body's meetings to come and past ones by municipal year, the
 * meetings of a date range across every visible body (the calendar), and the agenda deadlines of the bodies a
 * secretary looks after.
 */
@Stateless
@PermitAll
public class MeetingListQuery {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    BodyService bodies;

    @Inject
    PortalClock clock;

    /**
     * Every meeting of one body the caller may see: those still to come, soonest first, and the past ones by
     * municipal year, newest first — so a body's page never loses a meeting to a date window.
     */
    public BodyMeetings bodyMeetings(long bodyId) {
        Body body = bodies.visibleBody(access.caller(), bodyId);
        OffsetDateTime startOfToday = clock.today().atStartOfDay(LondonTime.ZONE).toOffsetDateTime();
        List<MeetingSummary> forthcoming = new ArrayList<>();
        Map<Integer, List<MeetingSummary>> past = new TreeMap<>(Comparator.reverseOrder());
        for (Meeting m : em.createQuery("select m from Meeting m where m.body = :b order by m.startsAt", Meeting.class)
                .setParameter("b", body).getResultList()) {
            MeetingSummary line = MeetingSummary.of(m, MeetingService.latestPublication(m));
            if (m.getStartsAt().isBefore(startOfToday)) {
                past.computeIfAbsent(m.getMunicipalYear(), y -> new ArrayList<>()).add(0, line);
            } else {
                forthcoming.add(line);
            }
        }
        return new BodyMeetings(forthcoming, past.entrySet().stream()
                .map(e -> new BodyMeetings.Year(e.getKey(), MunicipalYear.label(e.getKey()), List.copyOf(e.getValue())))
                .toList());
    }

    /** Meetings of the bodies the caller may see, optionally of one body, in a date range (UK dates). */
    public List<MeetingSummary> listMeetings(Long bodyId, LocalDate from, LocalDate to) {
        Caller caller = access.caller();
        LocalDate start = from == null ? clock.today().minusYears(1) : from;
        LocalDate end = to == null ? start.plusYears(2) : to;
        List<Long> bodyIds = bodyId != null ? List.of(bodies.visibleBody(caller, bodyId).getId())
                : bodies.listBodies().stream().map(b -> b.id()).toList();
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select m from Meeting m join fetch m.body
                        where m.body.id in :bodies and m.startsAt >= :from and m.startsAt < :to
                        order by m.startsAt""", Meeting.class)
                .setParameter("bodies", bodyIds)
                .setParameter("from", start.atStartOfDay(LondonTime.ZONE).toOffsetDateTime())
                .setParameter("to", end.plusDays(1).atStartOfDay(LondonTime.ZONE).toOffsetDateTime())
                .getResultStream()
                .map(m -> MeetingSummary.of(m, MeetingService.latestPublication(m)))
                .toList();
    }

    /** Upcoming meetings of the bodies the caller manages whose agendas are not out yet, soonest deadline first. */
    public List<MeetingSummary> deadlines() {
        Caller caller = access.caller();
        if (!caller.systemAdmin() && caller.secretaryOfBodyIds().isEmpty()) {
            throw new ForbiddenException();
        }
        LocalDate today = clock.today();
        var query = em.createQuery("""
                        select m from Meeting m join fetch m.body
                        where m.status = uk.partnership.portal.meeting.MeetingStatus.SCHEDULED and m.startsAt >= :now"""
                        + (caller.systemAdmin() ? "" : " and m.body.id in :mine") + " order by m.startsAt", Meeting.class)
                .setParameter("now", today.atStartOfDay(LondonTime.ZONE).toOffsetDateTime());
        if (!caller.systemAdmin()) {
            query.setParameter("mine", caller.secretaryOfBodyIds());
        }
        return query.getResultStream()
                .map(m -> MeetingSummary.of(m, MeetingService.latestPublication(m)))
                .toList();
    }
}
