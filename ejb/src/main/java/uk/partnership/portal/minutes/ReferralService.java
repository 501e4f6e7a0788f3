package uk.partnership.portal.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.Saving;
import uk.partnership.portal.shared.UkFormats;

/**
 * Referrals waiting for a body's agenda: another body resolved to send it something, and its secretary chooses
 * the meeting. Placed, a referral becomes an item for decision with a title of its own, carrying the protection
 * of the item it came from.
 */
@Stateless
@PermitAll
public class ReferralService {

    /** One referral on a body's "items to be placed" list. */
    public record Waiting(long decisionId, String title, String fromBody, LocalDate decidedOn, String fromItemNumber,
                          long toBodyId, String toBody) implements Serializable {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    AuditTrail audit;

    /** What waits for the body of a meeting the caller manages (its secretary), oldest first. */
    public List<Waiting> waitingFor(long meetingId) {
        Meeting meeting = meetings.managedMeeting(access.caller(), meetingId);
        return waiting(List.of(meeting.getBody().getId()));
    }

    /** What waits for every body the caller is secretary of, for the work list. */
    public List<Waiting> waitingForMyBodies() {
        List<Long> mine = List.copyOf(access.caller().secretaryOfBodyIds());
        return mine.isEmpty() ? List.of() : waiting(mine);
    }

    private List<Waiting> waiting(List<Long> bodyIds) {
        return em.createQuery("""
                        select d from Decision d where d.kind = uk.partnership.portal.minutes.DecisionKind.REFERRED
                          and d.targetBody.id in :bodies and d.referralItem is null
                        order by d.item.meeting.startsAt, d.item.position, d.id""", Decision.class)
                .setParameter("bodies", bodyIds).getResultStream()
                .map(d -> new Waiting(d.getId(), title(d), d.getItem().getMeeting().getBody().getName(),
                        d.getItem().getMeeting().meetingDay(), d.getItem().getItemNumber(), d.getTargetBody().getId(),
                        d.getTargetBody().getName()))
                .toList();
    }

    /** Puts a waiting referral on the agenda of a meeting of the receiving body that is still being built. */
    public MeetingView place(long meetingId, long decisionId) {
        Meeting meeting = meetings.managedMeeting(access.caller(), meetingId);
        Decision decision = em.find(Decision.class, decisionId);
        InvalidInputException.require(decision != null && decision.getKind() == DecisionKind.REFERRED
                && meeting.getBody().equals(decision.getTargetBody()),
                "Choose a referral from the " + meeting.getBody().getName() + "'s items to be placed.");
        AgendaItem placed = decision.getReferralItem();
        InvalidInputException.require(placed == null, placed == null ? "" : "That referral is already on the agenda "
                + "of the meeting of " + UkFormats.DAY.format(placed.getMeeting().meetingDay()) + "; refresh the page.");
        AgendaItem item = meeting.receiveReferral(title(decision), decision.getItem());
        decision.place(item);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Referral placed on the agenda: " + item.getTitle(),
                Changes.of().set("decision", decisionId).set("item", item.getId()));
        return meetings.getMeeting(meetingId);
    }

    /** "Referred from the Scrutiny Panel: Setting the work programme": where it came from and on what. */
    private static String title(Decision d) {
        String title = "Referred from the " + d.getItem().getMeeting().getBody().getName() + ": " + d.getItem().getTitle();
        return title.length() <= 500 ? title : title.substring(0, 499) + "…";
    }
}
