package uk.partnership.portal.worklist;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.PeopleService;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.action.ActionFilter;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionPage;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.minutes.ReferralService;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.PortalClock;

/**
 * One person's work list, built from the features' own scoped queries so it can show nothing the pages would not:
 * the next meetings of the bodies they sit on, their agency's open actions overdue or due within a fortnight,
 * minutes circulated to them, scrutiny recommendations awaiting their agency's response, and for a secretary the agendas to publish, meetings to record, minutes to circulate,
 * referrals to place and completed actions to close; for an agency's administrator, invitations not yet taken up and
 * people whose seats have all ended.
 */
@Stateless
@PermitAll
public class WorkListService {

    static final int DUE_WITHIN_DAYS = 14;

    /** Home lists this many of the agency's due actions; the rest are in the action log. */
    static final int DUE_SHOWN = 10;
    static final int MEETINGS_AHEAD_DAYS = 60;
    static final int NEXT_MEETINGS = 5;
    static final int SECRETARY_LOOKS_BACK_YEARS = 10;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingListQuery meetingLists;

    @EJB
    PaperService papers;

    @EJB
    ActionLogQuery actions;

    @EJB
    ReferralService referrals;

    @EJB
    PeopleService people;

    @EJB
    ProgrammeQuery programmes;

    @Inject
    PortalClock clock;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public WorkList mine() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return WorkList.NOTHING;
        }
        LocalDate today = clock.today();
        LocalDateTime now = clock.now().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime();
        List<MeetingSummary> around = meetingLists.listMeetings(null, today.minusYears(1),
                today.plusDays(MEETINGS_AHEAD_DAYS));
        OffsetDateTime since = previousVisit(caller);
        List<WorkList.NextMeeting> next = around.stream()
                .filter(m -> caller.sitsOn(m.bodyId()) && m.startsAt().isAfter(now) && !"CANCELLED".equals(m.statusCode()))
                .limit(NEXT_MEETINGS).map(m -> withPapers(m, since, minutesToApprove(around, m))).toList();
        List<MeetingSummary> toRead = around.stream()
                .filter(m -> caller.sitsOn(m.bodyId()) && "CIRCULATED".equals(m.minutesStatusCode())).toList();
        ActionPage due = dueSoon(today);
        return new WorkList(next, due.actions(), due.total(), toRead, programmes.awaitingMyAgencysResponse(),
                secretaryWork(caller, now), people.attention());
    }

    private WorkList.NextMeeting withPapers(MeetingSummary m, OffsetDateTime since, MeetingSummary toApprove) {
        if (!m.agendaOut()) {
            return new WorkList.NextMeeting(m, 0, 0, 0, toApprove);
        }
        List<PaperView> readable = papers.papersOfMeeting(m.id()).values().stream().flatMap(List::stream).toList();
        int fresh = since == null ? 0 : (int) readable.stream().filter(p -> p.files().stream()
                .anyMatch(f -> !f.superseded() && f.addedAt() != null && f.addedAt().isAfter(since))).count();
        return new WorkList.NextMeeting(m, readable.size(), (int) readable.stream().filter(PaperView::late).count(),
                fresh, toApprove);
    }

    /** The body's meeting before this one, if its draft minutes are circulated: they are approved at this one. */
    private static MeetingSummary minutesToApprove(List<MeetingSummary> around, MeetingSummary next) {
        return around.stream().filter(m -> m.bodyId() == next.bodyId() && m.startsAt().isBefore(next.startsAt())
                        && !"CANCELLED".equals(m.statusCode()))
                .max(java.util.Comparator.comparing(MeetingSummary::startsAt))
                .filter(m -> "CIRCULATED".equals(m.minutesStatusCode())).orElse(null);
    }

    /** When the caller signed in through the pages before this visit; null on a first visit. */
    private OffsetDateTime previousVisit(Caller caller) {
        Person me = em.find(Person.class, caller.personId());
        return me == null ? null : me.getPreviousVisitAt();
    }

    /**
     * The caller's agency's actions still to do, overdue first, up to a fortnight ahead: the first
     * {@value #DUE_SHOWN} and how many there are in all (the rest are one link away, in the action log).
     */
    private ActionPage dueSoon(LocalDate today) {
        return actions.list(new ActionFilter(null, null, "OPEN", null, false, false, "MY_AGENCY", null, null,
                today.plusDays(DUE_WITHIN_DAYS)), 0, DUE_SHOWN);
    }

    private WorkList.SecretaryWork secretaryWork(Caller caller, LocalDateTime now) {
        if (caller.secretaryOfBodyIds().isEmpty()) {
            return WorkList.SecretaryWork.NOTHING;
        }
        LocalDate soon = clock.today().plusDays(DUE_WITHIN_DAYS);
        List<MeetingSummary> agendasDue = meetingLists.deadlines().stream()
                .filter(m -> m.latestPublication() == null || !m.latestPublication().isAfter(soon)).toList();
        // Minutes left in draft are the secretary's however old the meeting.
        List<MeetingSummary> mine = meetingLists.listMeetings(null, clock.today().minusYears(SECRETARY_LOOKS_BACK_YEARS),
                clock.today()).stream().filter(m -> caller.isSecretaryOf(m.bodyId())).toList();
        List<MeetingSummary> toRecord = mine.stream()
                .filter(m -> m.startsAt().isBefore(now) && "AGENDA_PUBLISHED".equals(m.statusCode())).toList();
        List<MeetingSummary> toCirculate = mine.stream().filter(m -> "DRAFT".equals(m.minutesStatusCode())).toList();
        List<ActionView> toClose = actions.list(new ActionFilter(null, null, "COMPLETE", null, false, false, null, null),
                0, ActionLogQuery.MAX_PAGE).actions().stream().filter(a -> caller.isSecretaryOf(a.bodyId())).toList();
        return new WorkList.SecretaryWork(agendasDue, toRecord, toCirculate, referrals.waitingForMyBodies(), toClose);
    }
}
