package uk.partnership.portal.scrutiny;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.audit.RequestOrigin;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;
import uk.partnership.portal.shared.Sha256;
import uk.partnership.portal.shared.TooManyRequestsException;

/**
 * How a topic enters a scrutiny panel's work programme: suggested by anyone who can see the panel (the public
 * without an account, a few an hour from one connection), added by the secretary, and screened against the criteria.
 */
@Stateless
@PermitAll
public class SuggestionService {

    /** Suggestions one connection may send in an hour without signing in. */
    public static final int PUBLIC_SUGGESTIONS_PER_HOUR = 3;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @Inject
    TopicRules rules;

    @Inject
    TopicViews views;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Inject
    RequestOrigin origin;

    /** A suggestion from anyone who can see the panel; anonymous senders are limited by where they send from. */
    public Suggested suggest(long bodyId, ProgrammeForms.Suggestion form) {
        String fromAddress = origin.getAddress();
        Caller caller = access.caller();
        Body body = rules.scrutinyBody(caller, bodyId);
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
        Body body = rules.scrutinyBody(caller, bodyId);
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
        return views.detail(caller, topic);
    }

    public ProgrammeViews.TopicDetail screen(long topicId, ProgrammeForms.Screening form) {
        Caller caller = access.caller();
        Topic topic = rules.managedTopic(caller, topicId);
        InvalidInputException.require(form != null, "Send the scores.");
        ConflictException.requireVersion(topic.getVersion(), form.version());
        topic.screen(score(form.publicInterest()), score(form.impact()), score(form.performance()),
                score(form.context()), score(form.duplication()),
                InvalidInputException.optionalText(form.note(), "screening note", 2000));
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Topic", topicId, "Screened: " + topic.score(), Changes.of()
                .set("score", topic.score()));
        return views.detail(caller, topic);
    }

    private static int score(Integer value) {
        InvalidInputException.require(value != null, "Score every criterion, from 0 to " + Topic.MAX_SCORE + ".");
        return value;
    }
}
