package uk.partnership.portal.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.access.ScopeCondition;
import uk.partnership.portal.body.Membership;
import uk.partnership.portal.body.MembershipRole;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MinutesStatus;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;

/**
 * Reading minutes and decisions. Secretaries see drafts; members see circulated minutes; everyone else who may
 * see the body sees approved minutes. Exempt items are withheld from those who may not read them, and the
 * decisions register shows the public only decisions of open items.
 */
@Stateless
@PermitAll
public class MinutesQueryService {

    private static final int REGISTER_LIMIT = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    uk.partnership.portal.body.BodyService bodies;

    public MinutesRecord minutes(long meetingId) {
        Caller caller = access.caller();
        Meeting m = meetings.visibleMeeting(caller, meetingId);
        if (!recordVisible(caller, m)) {
            throw new NotFoundException();
        }
        List<Attendance> attendance = em.createQuery("select a from Attendance a where a.meeting = :m order by a.id",
                Attendance.class).setParameter("m", m).getResultList();
        int presentVoting = (int) attendance.stream().filter(a -> a.getKind().present())
                .filter(a -> a.getKind() == AttendanceKind.SUBSTITUTE || votingMember(m, a)).count();
        Integer quorum = m.getBody().getQuorum();
        List<MinutesRecord.DeclarationLine> declarations = em.createQuery(
                        "select d from Declaration d where d.meeting = :m order by d.id", Declaration.class)
                .setParameter("m", m).getResultStream()
                .filter(d -> d.getItem() == null || access.maySee(caller, d.getItem().scope()))
                .map(d -> new MinutesRecord.DeclarationLine(d.getPerson().getFullName(),
                        d.getItem() == null ? null : d.getItem().getItemNumber(), d.getKind(), d.getText()))
                .toList();
        // The meeting's minutes and decisions in two statements, whatever the number of items.
        Map<Long, String> texts = new HashMap<>();
        em.createQuery("select n.item.id, n.textHtml from Minute n where n.item.meeting = :m", Object[].class)
                .setParameter("m", m).getResultStream().forEach(r -> texts.put((Long) r[0], (String) r[1]));
        Map<Long, List<DecisionView>> decisionsByItem = new HashMap<>();
        em.createQuery("select d from Decision d where d.item.meeting = :m order by d.id", Decision.class)
                .setParameter("m", m).getResultStream().forEach(d -> decisionsByItem
                        .computeIfAbsent(d.getItem().getId(), k -> new ArrayList<>()).add(DecisionView.of(d)));
        List<MinutesRecord.MinuteItem> items = new ArrayList<>();
        for (AgendaItem item : m.getItems()) {
            if (access.maySee(caller, item.scope())) {
                String text = texts.getOrDefault(item.getId(), "");
                List<DecisionView> decisions = List.copyOf(decisionsByItem.getOrDefault(item.getId(), List.of()));
                items.add(new MinutesRecord.MinuteItem(item.getId(), item.getItemNumber(), item.getTitle(), false,
                        text, decisions));
            } else if (item.getAccessLevel() == AccessLevel.EXEMPT) {
                items.add(new MinutesRecord.MinuteItem(item.getId(), item.getItemNumber(), (item.getPublicTitle() == null
                        ? "Exempt item" : item.getPublicTitle()) + " (exempt under paragraph " + item.getExemptParagraph()
                        + " of Schedule 12A)", true, "", List.of()));
            }
        }
        Map<Long, String> chairs = chairsOn(m);
        return new MinutesRecord(m.getId(), m.getBody().getName(),
                m.getStartsAt().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime(), m.getVenue(),
                m.getMinutesStatus() == null ? "Not yet held" : m.getMinutesStatus().label(),
                m.getMinutesStatus() == null ? null : m.getMinutesStatus().name(), quorum, presentVoting,
                quorum == null || presentVoting >= quorum,
                attendance.stream().map(a -> new MinutesRecord.AttendanceLine(
                        a.getPerson() == null ? null : a.getPerson().getId(), a.getName(),
                        a.getAgency() == null ? null : a.getAgency().getName(), a.getKind().name(), a.getKind().label(),
                        a.getSubstituteFor() == null ? null : a.getSubstituteFor().getFullName(),
                        a.getSubstituteFor() == null ? null : a.getSubstituteFor().getId(), a.getNote(),
                        a.getPerson() == null ? null : chairs.get(a.getPerson().getId()))).toList(),
                m.isNoDeclarations(), declarations, List.copyOf(items),
                m.getMinutesApprovedAt() == null ? null : m.getMinutesApprovedAt().meetingDay(),
                m.getMinutesMovedBy() == null ? null : m.getMinutesMovedBy().getFullName());
    }

    /** Who chaired: the body's chair, vice-chair and independent chair on the meeting's day, by person. */
    private Map<Long, String> chairsOn(Meeting m) {
        Map<Long, String> chairs = new HashMap<>();
        em.createQuery("select s from Membership s where s.body = :b and s.role in :roles", Membership.class)
                .setParameter("b", m.getBody())
                .setParameter("roles", List.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR,
                        MembershipRole.INDEPENDENT_CHAIR))
                .getResultStream().filter(s -> s.isCurrentOn(m.meetingDay()))
                .forEach(s -> chairs.put(s.getPerson().getId(), s.getRole().label()));
        return chairs;
    }

    /** Decisions across the bodies the caller may see, newest first, filtered by body, kind, dates and text. */
    public List<DecisionView> register(Long bodyId, String kind, LocalDate from, LocalDate to, String text) {
        Caller caller = access.caller();
        Condition seen = ScopeCondition.visibleTo(caller, "AgendaItem", "i", "m.body.id", "item")
                .and(ScopeCondition.visibleTo(caller, "Body", "m.body", "m.body.id", "body"))
                .and(recordVisibleTo(caller, "m"));
        StringBuilder jpql = new StringBuilder("select d from Decision d join fetch d.item i join fetch i.meeting m "
                + "where m.minutesStatus is not null" + seen.jpql());
        if (bodyId != null) {
            jpql.append(" and m.body.id = :body");
        }
        if (kind != null && !kind.isBlank()) {
            jpql.append(" and d.kind = :kind");
        }
        if (from != null) {
            jpql.append(" and m.startsAt >= :from");
        }
        if (to != null) {
            jpql.append(" and m.startsAt < :to");
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and lower(d.text) like :text");
        }
        var query = em.createQuery(jpql.append(" order by m.startsAt desc, d.id").toString(), Decision.class)
                .setMaxResults(REGISTER_LIMIT);
        seen.bind(query);
        if (bodyId != null) {
            query.setParameter("body", bodyId);
        }
        if (kind != null && !kind.isBlank()) {
            query.setParameter("kind", uk.partnership.portal.shared.Choices.parse(DecisionKind.class, kind,
                    "Filter by noted, approved, recommended or referred."));
        }
        if (from != null) {
            query.setParameter("from", from.atTime(LocalTime.MIN).atZone(LondonTime.ZONE).toOffsetDateTime());
        }
        if (to != null) {
            query.setParameter("to", to.plusDays(1).atTime(LocalTime.MIN).atZone(LondonTime.ZONE).toOffsetDateTime());
        }
        if (text != null && !text.isBlank()) {
            query.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "\\%") + "%");
        }
        return query.getResultStream().map(DecisionView::of).toList();
    }

    /** Attendance rates over the body's held meetings whose record the caller may read. */
    public AttendanceHistory attendanceHistory(long bodyId) {
        Caller caller = access.caller();
        bodies.visibleBody(caller, bodyId);
        Condition readable = recordVisibleTo(caller, "m");
        List<Meeting> held = readable.bind(em.createQuery("select m from Meeting m where m.body.id = :b "
                        + "and m.minutesStatus is not null" + readable.jpql() + " order by m.startsAt", Meeting.class)
                .setParameter("b", bodyId)).getResultList();
        java.util.Map<String, int[]> people = new java.util.TreeMap<>();
        java.util.Map<String, int[]> agencies = new java.util.TreeMap<>();
        for (Meeting m : held) {
            List<Attendance> lines = em.createQuery("select a from Attendance a where a.meeting = :m", Attendance.class)
                    .setParameter("m", m).getResultList();
            List<Membership> seats = em.createQuery("select s from Membership s where s.body = :b", Membership.class)
                    .setParameter("b", m.getBody()).getResultStream().filter(s -> s.isCurrentOn(m.meetingDay()))
                    // The secretary records the meeting; their seat is not an attendance to count.
                    .filter(s -> s.getRole() != uk.partnership.portal.body.MembershipRole.SECRETARY).toList();
            java.util.Set<String> agenciesExpected = new java.util.HashSet<>();
            java.util.Set<String> agenciesPresent = new java.util.HashSet<>();
            for (Membership seat : seats) {
                String name = seat.getPerson().getFullName();
                String agency = seat.getAgency().getName();
                agenciesExpected.add(agency);
                boolean came = lines.stream().anyMatch(a -> a.getKind() == AttendanceKind.PRESENT
                        && seat.getPerson().equals(a.getPerson()));
                boolean stoodIn = lines.stream().anyMatch(a -> a.getKind() == AttendanceKind.SUBSTITUTE
                        && seat.getPerson().equals(a.getSubstituteFor()));
                int[] p = people.computeIfAbsent(name, k -> new int[2]);
                p[0]++;
                p[1] += came ? 1 : 0;
                if (came || stoodIn) {
                    agenciesPresent.add(agency);
                }
            }
            for (String agency : agenciesExpected) {
                int[] a = agencies.computeIfAbsent(agency, k -> new int[2]);
                a[0]++;
                a[1] += agenciesPresent.contains(agency) ? 1 : 0;
            }
        }
        return new AttendanceHistory(held.size(), rates(people), rates(agencies));
    }

    private static List<AttendanceHistory.Rate> rates(java.util.Map<String, int[]> counts) {
        return counts.entrySet().stream().map(e -> new AttendanceHistory.Rate(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[0] == 0 ? 0 : Math.round(100f * e.getValue()[1] / e.getValue()[0]))).toList();
    }

    /** One decision, if the caller may read it. */
    public DecisionView decision(long decisionId) {
        Decision d = em.find(Decision.class, decisionId);
        if (!decisionVisible(access.caller(), d)) {
            throw new NotFoundException();
        }
        return DecisionView.of(d);
    }

    /** Whether the caller may read a resolution: its meeting's record and its item (other services ask this). */
    public boolean decisionVisible(Caller caller, Decision d) {
        return d != null && recordVisible(caller, d.getItem().getMeeting()) && access.maySee(caller, d.getItem().scope());
    }

    /**
     * {@link #recordVisible} as a JPQL condition on a meeting alias whose body the query already checks: the body's
     * secretaries see every record; members see circulated drafts; everyone who sees the body, approved minutes.
     */
    public static Condition recordVisibleTo(Caller caller, String meeting) {
        if (caller.systemAdmin()) {
            return Condition.NONE;
        }
        return new Condition(" and (" + meeting + ".body.id in :rvSecretaryOf or " + meeting
                + ".minutesStatus = :rvApproved or (" + meeting + ".minutesStatus = :rvCirculated and " + meeting
                + ".body.id in :rvMine))", Map.of("rvSecretaryOf", caller.secretaryOfBodyIdsOrNone(),
                "rvApproved", MinutesStatus.APPROVED, "rvCirculated", MinutesStatus.CIRCULATED,
                "rvMine", caller.currentBodyIdsOrNone()));
    }

    private boolean recordVisible(Caller caller, Meeting m) {
        MinutesStatus status = m.getMinutesStatus();
        if (access.mayManage(caller, m.getBody().getId())) {
            return true;
        }
        if (!access.maySee(caller, m.getBody().scope()) || status == null || status == MinutesStatus.DRAFT) {
            return false;
        }
        return status == MinutesStatus.APPROVED || caller.sitsOn(m.getBody().getId());
    }

    private boolean votingMember(Meeting m, Attendance a) {
        if (a.getPerson() == null) {
            return false;
        }
        return em.createQuery("select s from Membership s where s.body = :b and s.person = :p", Membership.class)
                .setParameter("b", m.getBody()).setParameter("p", a.getPerson()).getResultStream()
                .anyMatch(s -> s.isVoting() && s.isCurrentOn(m.meetingDay()));
    }
}
