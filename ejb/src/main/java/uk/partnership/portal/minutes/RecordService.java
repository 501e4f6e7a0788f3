package uk.partnership.portal.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingStatus;
import uk.partnership.portal.meeting.MinutesStatus;
import uk.partnership.portal.meeting.StandardItem;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.UkFormats;
import uk.partnership.portal.shared.Saving;

/**
 * Recording a meeting: attendance, declarations, resolutions (referrals wait for the receiving body's agenda),
 * and the minutes' path from draft through circulation to approval at the next meeting, after which only a
 * correction with its reason changes anything.
 */
@Stateless
@PermitAll
public class RecordService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    MeetingService meetings;

    @EJB
    BodyService bodies;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Inject
    Event<MinutesCirculated> circulated;

    @Inject
    Event<MinutesApproved> approved;

    @Inject
    Event<ReferralMade> referred;

    public void markHeld(long meetingId, Long version) {
        Meeting m = open(meetingId, version);
        m.markHeld();
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Held; minutes in draft", null);
    }

    public void recordAttendance(long meetingId, Long version, List<RecordForms.AttendanceEntry> entries) {
        Meeting m = unlocked(open(meetingId, version));
        em.createQuery("delete from Attendance a where a.meeting = :m").setParameter("m", m).executeUpdate();
        for (RecordForms.AttendanceEntry e : entries == null ? List.<RecordForms.AttendanceEntry>of() : entries) {
            AttendanceKind kind = Choices.parse(AttendanceKind.class, e.kind(),
                    "Choose present, substitute, apologies, absent or in attendance for everyone listed.");
            Person person = e.personId() == null ? null : em.find(Person.class, e.personId());
            InvalidInputException.require(e.personId() == null || person != null, "Choose people from the list.");
            String name = person != null ? person.getFullName()
                    : InvalidInputException.requireText(e.name(), "name of the guest or officer", 200);
            Person substituteFor = e.substituteFor() == null ? null : em.find(Person.class, e.substituteFor());
            InvalidInputException.require(kind != AttendanceKind.SUBSTITUTE || substituteFor != null,
                    "Say which member " + name + " substitutes for.");
            em.persist(new Attendance(m, person, name, person == null ? null : person.getAgency(), kind, substituteFor,
                    InvalidInputException.optionalText(e.note(), "note", 300)));
        }
        touch(m);
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Attendance recorded",
                Changes.of().set("entries", entries == null ? 0 : entries.size()));
    }

    /**
     * The people the body's meetings recorded by name without an account, most recent first, so a secretary picks
     * "Lena Brook, Director of Education and Partnerships" again instead of typing her each time.
     */
    public List<KnownGuest> knownGuests(long meetingId) {
        Meeting m = meetings.managedMeeting(access.caller(), meetingId);
        List<KnownGuest> found = em.createQuery("select new uk.partnership.portal.minutes.KnownGuest("
                        + "a.name, a.note) from Attendance a where a.meeting.body = :body and a.person is null "
                        + "order by a.meeting.startsAt desc, a.name", KnownGuest.class)
                .setParameter("body", m.getBody()).setMaxResults(500).getResultList();
        Map<String, KnownGuest> byName = new LinkedHashMap<>();
        found.forEach(g -> byName.putIfAbsent(g.name(), g));
        return List.copyOf(byName.values());
    }

    public void recordDeclarations(long meetingId, Long version, boolean noneDeclared,
                                   List<RecordForms.DeclarationEntry> entries) {
        Meeting m = unlocked(open(meetingId, version));
        List<RecordForms.DeclarationEntry> list = entries == null ? List.of() : entries;
        InvalidInputException.require(!noneDeclared || list.isEmpty(),
                "Either record the declarations made, or that none were declared, not both.");
        em.createQuery("delete from Declaration d where d.meeting = :m").setParameter("m", m).executeUpdate();
        for (RecordForms.DeclarationEntry e : list) {
            Person person = e.personId() == null ? null : em.find(Person.class, e.personId());
            InvalidInputException.require(person != null, "Choose who made each declaration.");
            AgendaItem item = e.itemId() == null ? null : em.find(AgendaItem.class, e.itemId());
            InvalidInputException.require(e.itemId() == null || (item != null && item.getMeeting().equals(m)),
                    "A declaration's item must be on this meeting's agenda.");
            em.persist(new Declaration(m, person, item,
                    InvalidInputException.requireText(e.kind(), "kind of interest", 40),
                    InvalidInputException.requireText(e.text(), "declaration", 2000)));
        }
        m.declareNone(noneDeclared);
        touch(m);
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, noneDeclared ? "No declarations of interest"
                : "Declarations recorded", Changes.of().set("declarations", list.size()));
    }

    /** An "AGREED that …" of an item's minute. A referral waits for the receiving body's secretary (ReferralService). */
    public DecisionView recordDecision(long itemId, RecordForms.DecisionEntry entry) {
        AgendaItem item = meetings.managedItem(access.caller(), itemId);
        Meeting m = unlocked(item.getMeeting());
        DecisionKind kind = Choices.parse(DecisionKind.class, entry.kind(),
                "Choose the kind of decision: noted, approved, recommended to or referred to.");
        String text = InvalidInputException.requireText(entry.text(), "decision", 5000);
        Body target = null;
        if (kind == DecisionKind.REFERRED || kind == DecisionKind.RECOMMENDED) {
            InvalidInputException.require(entry.targetBodyId() != null, "Choose the body it goes to.");
            target = bodies.visibleBody(access.caller(), entry.targetBodyId());
        }
        // A referral waits on the receiving body's "items to be placed" list until its secretary places it.
        Decision decision = new Decision(item, kind, text, target, null);
        em.persist(decision);
        Saving.flush(em);
        if (kind == DecisionKind.REFERRED) {
            referred.fire(new ReferralMade(decision.getId(), target.getId()));
        }
        audit.record(AuditAction.CREATE, "Decision", decision.getId(), kind.label() + ": " + text,
                Changes.of().set("item", itemId).set("kind", kind.name()).set("targetBody",
                        target == null ? null : target.getShortName()));
        return DecisionView.of(decision);
    }

    public void circulate(long meetingId, Long version) {
        Meeting m = open(meetingId, version);
        m.circulateMinutes();
        Saving.flush(em);
        circulated.fire(new MinutesCirculated(m.getId(), m.getBody().getId()));
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Minutes circulated to members", null);
    }

    /**
     * Approves the minutes of {@code meetingId} as a correct record at the later meeting {@code atMeetingId} of the
     * same body, moved by a member present there; the resolution goes on that meeting's "minutes of the previous
     * meeting" item, and the approved minutes are locked.
     */
    public DecisionView approveMinutes(long meetingId, Long version, long atMeetingId, Long movedBy) {
        Meeting m = open(meetingId, version);
        Meeting at = meetings.managedMeeting(access.caller(), atMeetingId);
        InvalidInputException.require(at.getBody().equals(m.getBody()) && at.getStartsAt().isAfter(m.getStartsAt()),
                "Minutes are approved at a later meeting of the same body.");
        InvalidInputException.require(at.getStatus() == MeetingStatus.AGENDA_PUBLISHED || at.getStatus() == MeetingStatus.HELD,
                "The approving meeting must have its agenda published.");
        Person mover = movedBy == null ? null : em.find(Person.class, movedBy);
        boolean present = mover != null && em.createQuery("select count(a) from Attendance a where a.meeting = :at "
                        + "and a.person = :p and a.kind in :kinds", Long.class).setParameter("at", at).setParameter("p", mover)
                .setParameter("kinds", List.of(AttendanceKind.PRESENT, AttendanceKind.SUBSTITUTE)).getSingleResult() > 0;
        InvalidInputException.require(present, "Choose who moved the approval from those recorded as present.");
        AgendaItem previous = at.getItems().stream().filter(i -> i.getStandardKind() == StandardItem.PREVIOUS_MINUTES)
                .findFirst().orElseThrow(() -> new InvalidInputException("The approving meeting has no 'minutes of the "
                        + "previous meeting' item; add it to the agenda."));
        m.approveMinutes(at, mover);
        approved.fire(new MinutesApproved(m.getId(), m.getBody().getId()));
        Decision decision = new Decision(previous, DecisionKind.APPROVED, "That the minutes of the meeting held on "
                + UkFormats.DAY.format(m.meetingDay()) + " be approved as a correct record (moved by " + mover.getFullName() + ").", null, null);
        em.persist(decision);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Minutes approved at meeting " + atMeetingId,
                Changes.of().field("minutesStatus", MinutesStatus.CIRCULATED.name(), MinutesStatus.APPROVED.name()));
        return DecisionView.of(decision);
    }

    /** After approval, the only change: a correction with its reason, kept in the minute's history. */
    public MinuteSave correct(long itemId, String html, String reason) {
        AgendaItem item = meetings.managedItem(access.caller(), itemId);
        Meeting m = item.getMeeting();
        InvalidInputException.require(m.getMinutesStatus() == MinutesStatus.APPROVED,
                "Corrections are for approved minutes; edit a draft directly.");
        String why = InvalidInputException.requireText(reason, "reason for the correction", 500);
        Minute minute = em.createQuery("select n from Minute n where n.item = :i", Minute.class).setParameter("i", item)
                .getResultStream().findFirst().orElseThrow(() -> new InvalidInputException("This item has no minute."));
        String clean = MinuteText.sanitise(html);
        minute.correct(clean);
        em.persist(new MinuteVersion(minute, minute.getRevision(), clean, MinuteVersion.Kind.CORRECTION,
                currentPerson.get().orElse(null), clock.now(), why));
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Minute", minute.getId(), "Correction: " + why, null);
        return new MinuteSave(false, minute.getRevision(), clean, null, null);
    }

    private Meeting open(long meetingId, Long version) {
        Caller caller = access.caller();
        Meeting m = meetings.managedMeeting(caller, meetingId);
        if (version != null && m.getVersion() != version) {
            throw new uk.partnership.portal.shared.ConflictException(uk.partnership.portal.shared.ConflictException.STALE);
        }
        return m;
    }

    private static Meeting unlocked(Meeting m) {
        InvalidInputException.require(m.getMinutesStatus() != MinutesStatus.APPROVED,
                "These minutes were approved as a correct record and are locked.");
        InvalidInputException.require(m.getStatus() == MeetingStatus.HELD,
                "Record the meeting as held before recording what happened at it.");
        return m;
    }

    private static void touch(Meeting m) {
        m.touchRecord();
    }

}
