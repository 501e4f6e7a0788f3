package uk.partnership.portal.scrutiny;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.minutes.Decision;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.Saving;

/**
 * The programme agreed: the panel selects topics by a resolution referred to its parent body — the ordinary referral
 * of minutes and decisions — and the parent approves them by a resolution on the referred item.
 */
@Stateless
@PermitAll
public class SelectionService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    RecordService records;

    @EJB
    AuditTrail audit;

    /**
     * The panel's selection: one resolution on the given item of a held panel meeting, referred to the parent body,
     * whose secretary places it on an agenda (ReferralService); the selected topics wait there for approval.
     */
    public DecisionView select(long itemId, List<Long> topicIds) {
        Meeting meeting = meetings.managedItem(access.caller(), itemId).getMeeting();
        Body panel = meeting.getBody();
        InvalidInputException.require(panel.getParent() != null, "The " + panel.getName()
                + " reports to no parent body, so there is nobody to approve its programme.");
        List<Topic> chosen = topics(panel, topicIds);
        int year = chosen.get(0).getMunicipalYear();
        InvalidInputException.require(chosen.stream().allMatch(t -> t.getMunicipalYear() == year),
                "Select topics of one municipal year at a time.");
        StringBuilder text = new StringBuilder("That the following topics be submitted to the ")
                .append(panel.getParent().getName()).append(" for approval and inclusion in the ").append(panel.getName())
                .append("'s work programme for ").append(MunicipalYear.label(year)).append(":").append(numbered(chosen));
        DecisionView resolution = records.recordDecision(itemId, new RecordForms.DecisionEntry("REFERRED",
                text.toString(), panel.getParent().getId()));
        Decision decision = em.find(Decision.class, resolution.id());
        chosen.forEach(t -> t.select(decision));
        em.createQuery("select t from Topic t where t.body = :b and t.municipalYear = :y", Topic.class)
                .setParameter("b", panel).setParameter("y", year).getResultStream()
                .filter(t -> !chosen.contains(t)).forEach(Topic::notSelected);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "WorkProgramme", panel.getId(), "Topics selected for " + MunicipalYear.label(year),
                Changes.of().set("topics", chosen.size()).set("decision", resolution.id()));
        return resolution;
    }

    /** The parent body approves the programme on the item the panel's referral put on its agenda. */
    public DecisionView approve(long referralItemId) {
        AgendaItem item = meetings.managedItem(access.caller(), referralItemId);
        List<Topic> waiting = em.createQuery("""
                        select t from Topic t where t.selection.referralItem = :item
                          and t.status = uk.partnership.portal.scrutiny.TopicStatus.SELECTED order by t.id""", Topic.class)
                .setParameter("item", item).getResultList();
        InvalidInputException.require(!waiting.isEmpty(), "No work programme was referred to this item for approval.");
        Topic first = waiting.get(0);
        StringBuilder text = new StringBuilder("That the ").append(first.getBody().getName())
                .append("'s work programme for ").append(MunicipalYear.label(first.getMunicipalYear()))
                .append(" be approved:").append(numbered(waiting));
        DecisionView resolution = records.recordDecision(referralItemId,
                new RecordForms.DecisionEntry("APPROVED", text.toString(), null));
        Decision decision = em.find(Decision.class, resolution.id());
        waiting.forEach(t -> t.approve(decision));
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "WorkProgramme", first.getBody().getId(), "Programme approved for "
                + MunicipalYear.label(first.getMunicipalYear()), Changes.of().set("topics", waiting.size()));
        return resolution;
    }

    private List<Topic> topics(Body panel, List<Long> ids) {
        InvalidInputException.require(ids != null && !ids.isEmpty(), "Choose the topics the panel selected.");
        List<Topic> chosen = new ArrayList<>();
        for (Long id : ids.stream().filter(Objects::nonNull).distinct().toList()) {
            Topic t = em.find(Topic.class, id);
            InvalidInputException.require(t != null && t.getBody().equals(panel),
                    "Choose topics from the " + panel.getName() + "'s suggestions.");
            chosen.add(t);
        }
        return chosen;
    }

    /** " 1. First; 2. Second." as the minutes list topics. */
    private static String numbered(List<Topic> topics) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < topics.size(); i++) {
            text.append(" ").append(i + 1).append(". ").append(topics.get(i).getTitle()).append(i + 1 < topics.size() ? ";" : ".");
        }
        return text.toString();
    }
}
