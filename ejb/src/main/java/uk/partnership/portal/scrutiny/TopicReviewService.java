package uk.partnership.portal.scrutiny;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.ItemPurpose;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/**
 * A topic reviewed through to its end: scheduled on the panel's meetings with witnesses, terms of reference, numbered
 * recommendations, the final report, and the executive's response to each recommendation.
 */
@Stateless
@PermitAll
public class TopicReviewService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<ReportPublished> reportPublished;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @Inject
    TopicRules rules;

    @Inject
    TopicViews views;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    /** Puts a topic on a meeting of its panel: on the agenda if it is still being built, with any witnesses. */
    public ProgrammeViews.TopicDetail schedule(long topicId, ProgrammeForms.SessionEntry form) {
        Caller caller = access.caller();
        Topic topic = rules.managedTopic(caller, topicId);
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
        return views.detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail setTerms(long topicId, ProgrammeForms.Text form) {
        Caller caller = access.caller();
        Topic topic = rules.managedTopic(caller, topicId);
        InvalidInputException.require(form != null, "Send the terms of reference.");
        ConflictException.requireVersion(topic.getVersion(), form.version());
        topic.setTermsOfReference(InvalidInputException.requireText(form.text(), "terms of reference", 10_000));
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Topic", topicId, "Terms of reference", null);
        return views.detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail addRecommendation(long topicId, ProgrammeForms.NewRecommendation form) {
        Caller caller = access.caller();
        Topic topic = rules.managedTopic(caller, topicId);
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
        return views.detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail publishReport(long topicId, ProgrammeForms.Report form) {
        Caller caller = access.caller();
        Topic topic = rules.managedTopic(caller, topicId);
        InvalidInputException.require(form != null, "Send the report.");
        ConflictException.requireVersion(topic.getVersion(), form.version());
        long recommendations = em.createQuery("select count(r) from Recommendation r where r.topic = :t", Long.class)
                .setParameter("t", topic).getSingleResult();
        InvalidInputException.require(recommendations > 0, "Add the report's recommendations before publishing it.");
        LocalDate on = form.publishedOn() == null ? clock.today() : form.publishedOn();
        topic.publishReport(InvalidInputException.requireText(form.summary(), "report's summary", 20_000), on);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Topic", topicId, "Final report published", Changes.of().set("on", on));
        reportPublished.fire(new ReportPublished(topicId, topic.getBody().getId()));
        return views.detail(caller, topic);
    }

    /** The executive's response to a recommendation, recorded by the secretary. */
    public ProgrammeViews.RecommendationView respond(long recommendationId, ProgrammeForms.Response form) {
        Caller caller = access.caller();
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null) {
            throw new NotFoundException();
        }
        rules.managedTopic(caller, r.getTopic().getId());
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
        return views.recommendationView(caller, r);
    }

    /** A recommendation, for linking an action to it: its topic's body, if the caller manages it. */
    public Recommendation managedRecommendation(long recommendationId) {
        Recommendation r = em.find(Recommendation.class, recommendationId);
        if (r == null) {
            throw new NotFoundException();
        }
        rules.managedTopic(access.caller(), r.getTopic().getId());
        return r;
    }
}
