package uk.partnership.portal.scrutiny;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * The work programme as each reader may see it: the year's programme and timeline, a topic with its sessions and
 * recommendations, the recommendations addressed to an agency, and the choice lists of the secretary's forms.
 */
@Stateless
@PermitAll
public class ProgrammeQuery {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingListQuery meetingLists;

    @Inject
    TopicViews views;

    @Inject
    TopicRules rules;

    @Inject
    PortalClock clock;

    /** The programme for a year: the public sees the agreed topics, members and secretaries everything. */
    public ProgrammeViews.Programme programme(long bodyId, Integer yearOrNull) {
        Caller caller = access.caller();
        Body body = rules.scrutinyBody(caller, bodyId);
        int year = yearOrNull == null ? MunicipalYear.of(clock.today()) : yearOrNull;
        boolean insider = access.mayManage(caller, bodyId) || caller.sitsOn(bodyId);
        List<Topic> topics = em.createQuery("select t from Topic t where t.body = :b and t.municipalYear = :y "
                        + "order by t.status, t.id", Topic.class).setParameter("b", body).setParameter("y", year)
                .getResultStream().filter(t -> insider || t.getStatus().agreed()).toList();
        List<ProgrammeViews.TopicLine> lines = topics.stream().map(t -> TopicViews.line(t, insider)).toList();
        Map<Long, List<ProgrammeViews.TimelineEntry>> byMeeting = new LinkedHashMap<>();
        for (Session s : em.createQuery("select s from Session s where s.topic.body = :b and s.topic.municipalYear = :y "
                + "order by s.id", Session.class).setParameter("b", body).setParameter("y", year).getResultList()) {
            if (insider || s.getTopic().getStatus().agreed()) {
                byMeeting.computeIfAbsent(s.getMeeting().getId(), k -> new ArrayList<>()).add(
                        new ProgrammeViews.TimelineEntry(s.getTopic().getId(), s.getTopic().getTitle(), s.getPurpose().label()));
            }
        }
        List<ProgrammeViews.TimelineMeeting> timeline = em.createQuery(
                        "select m from Meeting m where m.body = :b and m.municipalYear = :y order by m.startsAt", Meeting.class)
                .setParameter("b", body).setParameter("y", year).getResultStream()
                .map(m -> new ProgrammeViews.TimelineMeeting(m.getId(),
                        m.getStartsAt().atZoneSameInstant(LondonTime.ZONE).toLocalDateTime(), m.getStatus().label(),
                        byMeeting.getOrDefault(m.getId(), List.of())))
                .toList();
        return new ProgrammeViews.Programme(body.getId(), body.getName(), body.getShortName(),
                body.getParent() == null ? null : body.getParent().getName(), year, MunicipalYear.label(year),
                access.mayManage(caller, bodyId), lines, timeline);
    }

    public ProgrammeViews.TopicDetail topic(long topicId) {
        Caller caller = access.caller();
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !rules.topicVisible(caller, topic)) {
            throw new NotFoundException();
        }
        return views.detail(caller, topic);
    }

    /** Recommendations addressed to the caller's agency (or, for administrators, to any agency), newest first. */
    public List<ProgrammeViews.RecommendationView> addressedToMyAgency() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return List.of();
        }
        return views.recommendationViews(caller, em.createQuery("select r from Recommendation r where r.addressedTo.id = :agency "
                        + "order by r.topic.municipalYear desc, r.topic.id, r.number", Recommendation.class)
                .setParameter("agency", caller.agencyIdOrNone()).getResultStream()
                .filter(r -> rules.recommendationVisible(caller, r)).toList());
    }

    /** Recommendations of published reports addressed to the caller's agency that have no response yet. */
    public List<ProgrammeViews.RecommendationView> awaitingMyAgencysResponse() {
        Caller caller = access.caller();
        if (caller.anonymous() || caller.agencyId() == null) {
            return List.of();
        }
        return views.recommendationViews(caller, em.createQuery("select r from Recommendation r where r.addressedTo.id"
                        + " = :agency and r.response is null and r.topic.reportPublishedOn is not null"
                        + " order by r.topic.reportPublishedOn, r.topic.id, r.number", Recommendation.class)
                .setParameter("agency", caller.agencyId()).getResultStream()
                .filter(r -> rules.recommendationVisible(caller, r)).toList());
    }

    /** One recommendation, if the caller may read it. */
    public ProgrammeViews.RecommendationView recommendation(long recommendationId) {
        Caller caller = access.caller();
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null || !rules.recommendationVisible(caller, r)) {
            throw new NotFoundException();
        }
        return views.recommendationView(caller, r);
    }

    /** Meetings a topic can be put on (the panel's meetings in the topic's year), for the page's choice list. */
    public List<MeetingSummary> meetingsFor(long topicId) {
        Caller caller = access.caller();
        Topic topic = rules.managedTopic(caller, topicId);
        return meetingLists.listMeetings(topic.getBody().getId(), LocalDate.of(topic.getMunicipalYear(), 5, 1),
                LocalDate.of(topic.getMunicipalYear() + 1, 4, 30));
    }

    /** For the secretary's selection form: the items of the panel's held meetings whose record is still open. */
    public List<ProgrammeViews.TimelineEntry> selectionItems(long bodyId) {
        Caller caller = access.caller();
        Body body = rules.scrutinyBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        return em.createQuery("""
                        select i from AgendaItem i where i.meeting.body = :b
                          and i.meeting.status = uk.partnership.portal.meeting.MeetingStatus.HELD
                          and i.meeting.minutesStatus <> uk.partnership.portal.meeting.MinutesStatus.APPROVED
                          and i.standardKind is null order by i.meeting.startsAt desc, i.position""", AgendaItem.class)
                .setParameter("b", body).getResultStream()
                .map(i -> new ProgrammeViews.TimelineEntry(i.getId(), i.getMeeting().meetingDay() + ": "
                        + (i.getItemNumber() == null ? "" : i.getItemNumber() + " ") + i.getTitle(), null))
                .toList();
    }

    /** For the parent body's secretary: referred items that carry topics waiting for approval. */
    public List<ProgrammeViews.TimelineEntry> approvalItems(long bodyId) {
        Caller caller = access.caller();
        Body body = rules.scrutinyBody(caller, bodyId);
        return em.createQuery("select distinct t.selection.referralItem from Topic t where t.body = :b "
                        + "and t.status = uk.partnership.portal.scrutiny.TopicStatus.SELECTED", AgendaItem.class)
                .setParameter("b", body).getResultStream()
                .filter(i -> access.mayManage(caller, i.getMeeting().getBody().getId()))
                .map(i -> new ProgrammeViews.TimelineEntry(i.getId(), i.getMeeting().getBody().getShortName() + ", "
                        + i.getMeeting().meetingDay() + ": " + i.getTitle(), i.getMeeting().getStatus().label()))
                .toList();
    }






}
