package uk.partnership.portal.scrutiny;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.action.Action;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.ItemPurpose;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.minutes.Decision;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;
import uk.partnership.portal.shared.Sha256;
import uk.partnership.portal.shared.TooManyRequestsException;

/**
 * A scrutiny body's yearly work programme. Anyone may suggest a topic (the public without an account, a few an
 * hour); the secretary screens suggestions; the panel selects topics by a resolution that is referred to its parent
 * body — the ordinary referral of minutes and decisions — and the parent approves them by a resolution on the
 * referred item. Approved topics are scheduled against the panel's meetings and reviewed through to a final report,
 * numbered recommendations, the executive's responses and the actions that carry them out.
 */
@Stateless
@PermitAll
public class WorkProgrammeService {

    /** Suggestions one connection may send in an hour without signing in. */
    public static final int PUBLIC_SUGGESTIONS_PER_HOUR = 3;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    BodyService bodies;

    @EJB
    MeetingService meetings;

    @EJB
    RecordService records;

    @EJB
    PaperService papers;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @jakarta.inject.Inject
    uk.partnership.portal.audit.RequestOrigin origin;

    /** A suggestion from anyone who can see the panel; anonymous senders are limited by where they send from. */
    public Suggested suggest(long bodyId, ProgrammeForms.Suggestion form) {
        String fromAddress = origin.getAddress();
        Caller caller = access.caller();
        Body body = scrutinyBody(caller, bodyId);
        InvalidInputException.require(form != null, "Send the suggestion.");
        String title = InvalidInputException.requireText(form.title(), "topic", 300);
        String reason = InvalidInputException.requireText(form.reason(), "reason for the suggestion", 5000);
        String priority = InvalidInputException.optionalText(form.priority(), "improvement priority", 300);
        int year = form.year() == null ? MunicipalYear.of(clock.today()) : form.year();
        Person person = currentPerson.of(caller).orElse(null);
        Topic topic;
        if (person == null) {
            String hash = Sha256.hex("suggestion:" + (fromAddress == null ? "" : fromAddress));
            long recent = em.createQuery("select count(t) from Topic t where t.fromAddressHash = :h and t.createdAt > :since",
                            Long.class).setParameter("h", hash)
                    .setParameter("since", clock.now().minusHours(1)).getSingleResult();
            if (recent >= PUBLIC_SUGGESTIONS_PER_HOUR) {
                throw new TooManyRequestsException("Thank you — we have already received " + PUBLIC_SUGGESTIONS_PER_HOUR
                        + " suggestions from this connection in the last hour. Please try again in an hour, or write to "
                        + "democratic services.");
            }
            topic = new Topic(body, year, title, reason, priority, TopicKind.REVIEW,
                    InvalidInputException.requireText(form.name(), "your name", 200), SuggesterKind.PUBLIC, null, null,
                    InvalidInputException.optionalText(form.contact(), "e-mail address or telephone number", 300), hash);
        } else {
            SuggesterKind kind = caller.sitsOn(bodyId) ? SuggesterKind.MEMBER
                    : "LOCAL_AUTHORITY".equals(person.getAgency().getKind().name()) ? SuggesterKind.OFFICER
                    : SuggesterKind.PARTNER;
            topic = new Topic(body, year, title, reason, priority, TopicKind.REVIEW, person.getFullName(), kind, person,
                    person.getAgency(), null, null);
        }
        em.persist(topic);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Topic", topic.getId(), "Suggested for " + body.getShortName() + ": " + title,
                Changes.of().set("year", year).set("suggesterKind", topic.getSuggesterKind().name()));
        return new Suggested(topic.getId());
    }

    /** The id of a new suggestion (its sender may not be allowed to read it back). */
    public record Suggested(long id) implements java.io.Serializable {
    }

    /** The secretary adds a topic: a review still goes through selection; one-off items and briefings do not. */
    public ProgrammeViews.TopicDetail addTopic(long bodyId, ProgrammeForms.NewTopic form) {
        Caller caller = access.caller();
        Body body = scrutinyBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        InvalidInputException.require(form != null, "Send the topic.");
        TopicKind kind = Choices.parse(TopicKind.class, form.kind() == null ? "REVIEW" : form.kind(),
                "Choose a review, a one-off item or a briefing.");
        int year = form.year() == null ? MunicipalYear.of(clock.today()) : form.year();
        Person person = currentPerson.of(caller).orElse(null);
        Topic topic = new Topic(body, year, InvalidInputException.requireText(form.title(), "topic", 300),
                InvalidInputException.requireText(form.reason(), "reason", 5000),
                InvalidInputException.optionalText(form.priority(), "improvement priority", 300), kind,
                person == null ? "Democratic services" : person.getFullName(), SuggesterKind.OFFICER, person,
                person == null ? null : person.getAgency(), null, null);
        em.persist(topic);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Topic", topic.getId(), kind.label() + " for " + body.getShortName() + ": "
                + topic.getTitle(), Changes.of().set("year", year));
        return detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail screen(long topicId, ProgrammeForms.Screening form) {
        Caller caller = access.caller();
        Topic topic = managedTopic(caller, topicId);
        InvalidInputException.require(form != null, "Send the scores.");
        ConflictException.requireVersion(topic.getVersion(), form.version());
        topic.screen(score(form.publicInterest()), score(form.impact()), score(form.performance()),
                score(form.context()), score(form.duplication()),
                InvalidInputException.optionalText(form.note(), "screening note", 2000));
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Topic", topicId, "Screened: " + topic.score(), Changes.of()
                .set("score", topic.score()));
        return detail(caller, topic);
    }

    /**
     * The panel's selection: one resolution on the given item of a held panel meeting, referred to the parent body,
     * whose next agenda receives it; the selected topics wait there for approval.
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

    /** Puts a topic on a meeting of its panel: on the agenda if it is still being built, with any witnesses. */
    public ProgrammeViews.TopicDetail schedule(long topicId, ProgrammeForms.SessionEntry form) {
        Caller caller = access.caller();
        Topic topic = managedTopic(caller, topicId);
        topic.requireInProgramme();
        InvalidInputException.require(form != null && form.meetingId() != null, "Choose the meeting.");
        Meeting meeting = meetings.managedMeeting(caller, form.meetingId());
        InvalidInputException.require(meeting.getBody().equals(topic.getBody()),
                "Choose a meeting of the " + topic.getBody().getName() + ".");
        SessionPurpose purpose = Choices.parse(SessionPurpose.class, form.purpose() == null ? "EVIDENCE" : form.purpose(),
                "Choose what the session is for: scoping, evidence, final report, executive response, one-off item or briefing.");
        long already = em.createQuery("select count(s) from Session s where s.topic = :t and s.meeting = :m", Long.class)
                .setParameter("t", topic).setParameter("m", meeting).getSingleResult();
        InvalidInputException.require(already == 0, "'" + topic.getTitle() + "' is already on that meeting.");
        AgendaItem item = meeting.agendaPublished() ? null : meeting.addBusiness(topic.getTitle() + " — "
                + purpose.label().toLowerCase(Locale.UK), ItemPurpose.DISCUSSION);
        Session session = new Session(topic, meeting, item, purpose);
        for (ProgrammeForms.WitnessEntry w : form.witnesses() == null ? List.<ProgrammeForms.WitnessEntry>of() : form.witnesses()) {
            if (w == null || w.name() == null || w.name().isBlank()) {
                continue;
            }
            Agency agency = w.agencyId() == null ? null : em.find(Agency.class, w.agencyId());
            InvalidInputException.require(w.agencyId() == null || agency != null, "Choose each witness's agency from the list.");
            session.addWitness(new Witness(session, InvalidInputException.requireText(w.name(), "witness's name", 200),
                    InvalidInputException.optionalText(w.role(), "witness's role", 200), agency));
        }
        em.persist(session);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "TopicSession", session.getId(), topic.getTitle() + " at meeting " + meeting.getId(),
                Changes.of().set("purpose", purpose.name()).set("witnesses", session.getWitnesses().size())
                        .set("agendaItem", item == null ? null : item.getId()));
        return detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail setTerms(long topicId, ProgrammeForms.Text form) {
        Caller caller = access.caller();
        Topic topic = managedTopic(caller, topicId);
        InvalidInputException.require(form != null, "Send the terms of reference.");
        ConflictException.requireVersion(topic.getVersion(), form.version());
        topic.setTermsOfReference(InvalidInputException.requireText(form.text(), "terms of reference", 10_000));
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Topic", topicId, "Terms of reference", null);
        return detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail addRecommendation(long topicId, ProgrammeForms.NewRecommendation form) {
        Caller caller = access.caller();
        Topic topic = managedTopic(caller, topicId);
        topic.requireInProgramme();
        InvalidInputException.require(topic.getReportPublishedOn() == null,
                "The final report is published; its recommendations can no longer change.");
        InvalidInputException.require(form != null, "Send the recommendation.");
        Agency agency = form.agencyId() == null ? null : em.find(Agency.class, form.agencyId());
        InvalidInputException.require(form.agencyId() == null || agency != null, "Choose the agency from the list.");
        int number = em.createQuery("select coalesce(max(r.number), 0) from Recommendation r where r.topic = :t",
                Integer.class).setParameter("t", topic).getSingleResult() + 1;
        Recommendation r = new Recommendation(topic, number,
                InvalidInputException.requireText(form.text(), "recommendation", 5000), agency);
        em.persist(r);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Recommendation", r.getId(), topic.getTitle() + " #" + number,
                Changes.of().set("addressedTo", agency == null ? null : agency.getName()));
        return detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail publishReport(long topicId, ProgrammeForms.Report form) {
        Caller caller = access.caller();
        Topic topic = managedTopic(caller, topicId);
        InvalidInputException.require(form != null, "Send the report.");
        ConflictException.requireVersion(topic.getVersion(), form.version());
        long recommendations = em.createQuery("select count(r) from Recommendation r where r.topic = :t", Long.class)
                .setParameter("t", topic).getSingleResult();
        InvalidInputException.require(recommendations > 0, "Add the report's recommendations before publishing it.");
        LocalDate on = form.publishedOn() == null ? clock.today() : form.publishedOn();
        topic.publishReport(InvalidInputException.requireText(form.summary(), "report's summary", 20_000), on);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Topic", topicId, "Final report published", Changes.of().set("on", on));
        return detail(caller, topic);
    }

    /** The executive's response to a recommendation, recorded by the secretary. */
    public ProgrammeViews.RecommendationView respond(long recommendationId, ProgrammeForms.Response form) {
        Caller caller = access.caller();
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null) {
            throw new NotFoundException();
        }
        managedTopic(caller, r.getTopic().getId());
        InvalidInputException.require(form != null, "Send the response.");
        ConflictException.requireVersion(r.getVersion(), form.version());
        InvalidInputException.require(r.getTopic().getReportPublishedOn() != null,
                "The executive responds to a published report; publish it first.");
        ResponseKind kind = Choices.parse(ResponseKind.class, form.response(),
                "Choose accepted, partly accepted or rejected.");
        r.respond(kind, InvalidInputException.optionalText(form.reason(), "reason", 5000),
                form.respondedOn() == null ? clock.today() : form.respondedOn());
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Recommendation", recommendationId, "Executive response: " + kind.label(), null);
        return recommendationView(caller, r);
    }

    /** The programme for a year: the public sees the agreed topics, members and secretaries everything. */
    public ProgrammeViews.Programme programme(long bodyId, Integer yearOrNull) {
        Caller caller = access.caller();
        Body body = scrutinyBody(caller, bodyId);
        int year = yearOrNull == null ? MunicipalYear.of(clock.today()) : yearOrNull;
        boolean insider = access.mayManage(caller, bodyId) || caller.sitsOn(bodyId);
        List<Topic> topics = em.createQuery("select t from Topic t where t.body = :b and t.municipalYear = :y "
                        + "order by t.status, t.id", Topic.class).setParameter("b", body).setParameter("y", year)
                .getResultStream().filter(t -> insider || t.getStatus().agreed()).toList();
        List<ProgrammeViews.TopicLine> lines = topics.stream().map(t -> line(t, insider)).toList();
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
        if (topic == null || !topicVisible(caller, topic)) {
            throw new NotFoundException();
        }
        return detail(caller, topic);
    }

    /** Recommendations addressed to the caller's agency (or, for administrators, to any agency), newest first. */
    public List<ProgrammeViews.RecommendationView> addressedToMyAgency() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return List.of();
        }
        return recommendationViews(caller, em.createQuery("select r from Recommendation r where r.addressedTo.id = :agency "
                        + "order by r.topic.municipalYear desc, r.topic.id, r.number", Recommendation.class)
                .setParameter("agency", caller.agencyIdOrNone()).getResultStream()
                .filter(r -> recommendationVisible(caller, r)).toList());
    }

    /** Meetings a topic can be put on (the panel's meetings in the topic's year), for the page's choice list. */
    public List<uk.partnership.portal.meeting.MeetingSummary> meetingsFor(long topicId) {
        Caller caller = access.caller();
        Topic topic = managedTopic(caller, topicId);
        return meetings.listMeetings(topic.getBody().getId(), LocalDate.of(topic.getMunicipalYear(), 5, 1),
                LocalDate.of(topic.getMunicipalYear() + 1, 4, 30));
    }

    /** For the secretary's selection form: the items of the panel's held meetings whose record is still open. */
    public List<ProgrammeViews.TimelineEntry> selectionItems(long bodyId) {
        Caller caller = access.caller();
        Body body = scrutinyBody(caller, bodyId);
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
        Body body = scrutinyBody(caller, bodyId);
        return em.createQuery("select distinct t.selection.referralItem from Topic t where t.body = :b "
                        + "and t.status = uk.partnership.portal.scrutiny.TopicStatus.SELECTED", AgendaItem.class)
                .setParameter("b", body).getResultStream()
                .filter(i -> access.mayManage(caller, i.getMeeting().getBody().getId()))
                .map(i -> new ProgrammeViews.TimelineEntry(i.getId(), i.getMeeting().getBody().getShortName() + ", "
                        + i.getMeeting().meetingDay() + ": " + i.getTitle(), i.getMeeting().getStatus().label()))
                .toList();
    }

    /** One recommendation, if the caller may read it. */
    public ProgrammeViews.RecommendationView recommendation(long recommendationId) {
        Caller caller = access.caller();
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null || !recommendationVisible(caller, r)) {
            throw new NotFoundException();
        }
        return recommendationView(caller, r);
    }

    /** A recommendation, for linking an action to it: its topic's body, if the caller manages it. */
    public Recommendation managedRecommendation(long recommendationId) {
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null) {
            throw new NotFoundException();
        }
        managedTopic(access.caller(), r.getTopic().getId());
        return r;
    }

    private ProgrammeViews.TopicDetail detail(Caller caller, Topic t) {
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
                .setParameter("t", t).getResultStream().filter(r -> recommendationVisible(caller, r)).toList());
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

    private ProgrammeViews.RecommendationView recommendationView(Caller caller, Recommendation r) {
        return recommendationViews(caller, List.of(r)).get(0);
    }

    /** Recommendations with the actions the caller may see, those actions read in one query for all of them. */
    private List<ProgrammeViews.RecommendationView> recommendationViews(Caller caller, List<Recommendation> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        LocalDate today = clock.today();
        Map<Long, List<ActionView>> actionsOf = new HashMap<>();
        em.createQuery("select a from Action a where a.recommendationId in :rs order by a.id", Action.class)
                .setParameter("rs", list.stream().map(Recommendation::getId).toList()).getResultStream()
                .filter(a -> access.maySee(caller, a.scope()))
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

    private static ProgrammeViews.TopicLine line(Topic t, boolean insider) {
        return new ProgrammeViews.TopicLine(t.getId(), t.getVersion(), t.getTitle(), t.getKind().name(), t.getKind().label(),
                t.getStatus().name(), t.getStatus().label(), suggester(t, insider), t.getSuggesterKind().label(),
                t.getReason(), t.getPriority(), insider ? t.score() : null, insider ? t.getScreeningNote() : null);
    }

    /** Members of the public are named only to the panel. */
    private static String suggester(Topic t, boolean insider) {
        return t.getSuggesterKind() == SuggesterKind.PUBLIC && !insider ? "A member of the public" : t.getSuggestedBy();
    }

    /**
     * Who may read a topic: anyone who may see the panel once it is in the agreed programme; before that the panel's
     * members and secretaries, and an agency a recommendation is addressed to.
     */
    private boolean topicVisible(Caller caller, Topic t) {
        if (!access.maySee(caller, t.getBody().scope())) {
            return false;
        }
        return t.getStatus().agreed() || access.mayManage(caller, t.getBody().getId()) || caller.sitsOn(t.getBody().getId());
    }

    /** Recommendations are public with the published report; before it, the panel and the agency addressed. */
    private boolean recommendationVisible(Caller caller, Recommendation r) {
        Topic t = r.getTopic();
        if (!access.maySee(caller, t.getBody().scope())) {
            return false;
        }
        return t.getReportPublishedOn() != null || access.mayManage(caller, t.getBody().getId())
                || caller.sitsOn(t.getBody().getId())
                || (r.getAddressedTo() != null && Objects.equals(caller.agencyId(), r.getAddressedTo().getId()));
    }

    private Topic managedTopic(Caller caller, long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topicVisible(caller, topic)) {
            throw new NotFoundException();
        }
        if (!access.mayManage(caller, topic.getBody().getId())) {
            throw new ForbiddenException("Only the panel's secretary can change its work programme.");
        }
        return topic;
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

    /** A scrutiny body the caller may see; anything else has no work programme here. */
    private Body scrutinyBody(Caller caller, long bodyId) {
        Body body = bodies.visibleBody(caller, bodyId);
        if (body.getKind() != BodyKind.SCRUTINY_PANEL && body.getKind() != BodyKind.COMMITTEE) {
            throw new NotFoundException();
        }
        return body;
    }

    /** " 1. First; 2. Second." as the minutes list topics. */
    private static String numbered(List<Topic> topics) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < topics.size(); i++) {
            text.append(" ").append(i + 1).append(". ").append(topics.get(i).getTitle()).append(i + 1 < topics.size() ? ";" : ".");
        }
        return text.toString();
    }

    private static int score(Integer value) {
        InvalidInputException.require(value != null, "Score every criterion, from 0 to " + Topic.MAX_SCORE + ".");
        return value;
    }
}
