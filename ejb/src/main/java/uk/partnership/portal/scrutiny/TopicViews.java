package uk.partnership.portal.scrutiny;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.action.Action;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.body.WorkingRecords;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * Topics and recommendations as a reader sees them: what the panel's insiders see (scores, screening notes, the
 * public suggester's name) and what others do, with the papers of each session and the actions carrying each
 * recommendation that the reader may see. A CDI helper of the work-programme services.
 */
@Dependent
public class TopicViews {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    PaperService papers;

    @Inject
    TopicRules rules;

    @Inject
    PortalClock clock;

    ProgrammeViews.TopicDetail detail(Caller caller, Topic t) {
        boolean manage = access.mayManage(caller, t.getBody().getId());
        boolean insider = manage || caller.sitsOn(t.getBody().getId());
        List<ProgrammeViews.SessionView> sessions = new ArrayList<>();
        Map<Long, Map<Long, List<PaperView>>> papersByMeeting = new LinkedHashMap<>();
        for (Session s : em.createQuery("select s from Session s where s.topic = :t order by s.meeting.startsAt",
                Session.class).setParameter("t", t).getResultList()) {
            List<String> witnesses = s.getWitnesses().stream().map(w -> w.getName()
                    + (w.getRole() == null ? "" : ", " + w.getRole())
                    + (w.getAgency() == null ? "" : " (" + w.getAgency().getName() + ")")).toList();
            List<String> paperTitles = s.getItem() == null ? List.of()
                    : papersByMeeting.computeIfAbsent(s.getMeeting().getId(), id -> papersOf(id))
                    .getOrDefault(s.getItem().getId(), List.of()).stream().map(PaperView::title).toList();
            sessions.add(new ProgrammeViews.SessionView(s.getId(), s.getMeeting().getId(),
                    s.getMeeting().getStartsAt().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime(),
                    s.getPurpose().label(), witnesses, paperTitles));
        }
        List<ProgrammeViews.RecommendationView> recommendations = recommendationViews(caller, em.createQuery(
                        "select r from Recommendation r where r.topic = :t order by r.number", Recommendation.class)
                .setParameter("t", t).getResultStream().filter(r -> rules.recommendationVisible(caller, r)).toList());
        return new ProgrammeViews.TopicDetail(t.getId(), t.getVersion(), t.getBody().getId(), t.getBody().getName(),
                MunicipalYear.label(t.getMunicipalYear()), t.getTitle(), t.getReason(), t.getPriority(), t.getKind().name(),
                t.getKind().label(), t.getStatus().name(), t.getStatus().label(), suggester(t, insider),
                t.getSuggesterKind().label(), manage ? t.getSuggesterContact() : null,
                insider ? t.getScorePublicInterest() : null, insider ? t.getScoreImpact() : null,
                insider ? t.getScorePerformance() : null, insider ? t.getScoreContext() : null,
                insider ? t.getScoreDuplication() : null, insider ? t.score() : null,
                insider ? t.getScreeningNote() : null,
                t.getSelection() == null ? null : t.getSelection().getText(),
                t.getApproval() == null ? null : t.getApproval().getText(), t.getTermsOfReference(),
                t.getReportSummary(), t.getReportPublishedOn(), sessions, recommendations, manage);
    }

    private Map<Long, List<PaperView>> papersOf(long meetingId) {
        try {
            return papers.papersOfMeeting(meetingId);
        } catch (NotFoundException hidden) {
            return Map.of();
        }
    }

    ProgrammeViews.RecommendationView recommendationView(Caller caller, Recommendation r) {
        return recommendationViews(caller, List.of(r)).get(0);
    }

    /** Recommendations with the actions the caller may see, those actions read in one query for all of them. */
    List<ProgrammeViews.RecommendationView> recommendationViews(Caller caller, List<Recommendation> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        Map<Long, List<ActionView>> actionsOf = new HashMap<>();
        Condition seen = WorkingRecords.visibleTo(caller, "a.body", "a.ownerAgency");
        seen.bind(em.createQuery("select a from Action a where a.recommendationId in :rs" + seen.jpql() + " order by a.id",
                        Action.class)
                .setParameter("rs", list.stream().map(Recommendation::getId).toList())).getResultStream()
                .forEach(a -> actionsOf.computeIfAbsent(a.getRecommendationId(), k -> new ArrayList<>())
                        .add(a.view(today)));
        return list.stream().map(r -> new ProgrammeViews.RecommendationView(r.getId(), r.getVersion(), r.getTopic().getId(),
                r.getTopic().getTitle(), r.getTopic().getBody().getName(), r.getNumber(), r.getText(),
                r.getAddressedTo() == null ? null : r.getAddressedTo().getId(),
                r.getAddressedTo() == null ? null : r.getAddressedTo().getName(),
                r.getResponse() == null ? null : r.getResponse().name(),
                r.getResponse() == null ? null : r.getResponse().label(), r.getResponseReason(), r.getRespondedOn(),
                actionsOf.getOrDefault(r.getId(), List.of()))).toList();
    }

    static ProgrammeViews.TopicLine line(Topic t, boolean insider) {
        return new ProgrammeViews.TopicLine(t.getId(), t.getVersion(), t.getTitle(), t.getKind().name(), t.getKind().label(),
                t.getStatus().name(), t.getStatus().label(), suggester(t, insider), t.getSuggesterKind().label(),
                t.getReason(), t.getPriority(), insider ? t.score() : null, insider ? t.getScreeningNote() : null);
    }

    /** Members of the public are named only to the panel. */
    private static String suggester(Topic t, boolean insider) {
        return t.getSuggesterKind() == SuggesterKind.PUBLIC && !insider ? "A member of the public" : t.getSuggestedBy();
    }
}
