package uk.partnership.portal.scrutiny;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.access.Condition;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyKind;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.NotFoundException;

/**
 * Who reads and who keeps a scrutiny panel's work: its topics (public once agreed; before that the panel and its
 * secretaries) and their recommendations (public with the published report; before it also the agency addressed).
 * Every work-programme service asks here, so each rule is written once (a CDI helper in the caller's transaction).
 */
@Dependent
public class TopicRules {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    BodyService bodies;

    /**
     * Who may read a topic: anyone who may see the panel once it is in the agreed programme; before that the panel's
     * members and secretaries, and an agency a recommendation is addressed to.
     */
    boolean topicVisible(Caller caller, Topic t) {
        if (!access.maySee(caller, t.getBody().scope())) {
            return false;
        }
        return t.getStatus().agreed() || access.mayManage(caller, t.getBody().getId()) || caller.sitsOn(t.getBody().getId());
    }

    /** {@link #topicVisible} as a JPQL condition on a topic alias whose body the query checks with the body's rule. */
    public static Condition topicVisibleTo(Caller caller, String topic) {
        if (caller.systemAdmin()) {
            return Condition.NONE;
        }
        return new Condition(" and (" + topic + ".status in :trAgreed or " + topic + ".body.id in :trSecretaryOf or "
                + topic + ".body.id in :trMine)", Map.of("trAgreed", List.of(TopicStatus.APPROVED,
                TopicStatus.COMPLETED), "trSecretaryOf", caller.secretaryOfBodyIdsOrNone(), "trMine",
                caller.currentBodyIdsOrNone()));
    }

    /**
     * {@link #recommendationVisible} as a JPQL condition on a recommendation alias, its topic's alias and the alias
     * of its addressed agency (left-joined), the body checked by the body's rule.
     */
    public static Condition recommendationVisibleTo(Caller caller, String topic, String addressedTo) {
        if (caller.systemAdmin()) {
            return Condition.NONE;
        }
        return new Condition(" and (" + topic + ".reportPublishedOn is not null or " + topic + ".body.id in "
                + ":trSecretaryOf or " + topic + ".body.id in :trMine or " + addressedTo + ".id = :trAgency)",
                Map.of("trSecretaryOf", caller.secretaryOfBodyIdsOrNone(), "trMine", caller.currentBodyIdsOrNone(),
                        "trAgency", caller.agencyIdOrNone()));
    }

    /** Recommendations are public with the published report; before it, the panel and the agency addressed. */
    boolean recommendationVisible(Caller caller, Recommendation r) {
        Topic t = r.getTopic();
        if (!access.maySee(caller, t.getBody().scope())) {
            return false;
        }
        return t.getReportPublishedOn() != null || access.mayManage(caller, t.getBody().getId())
                || caller.sitsOn(t.getBody().getId())
                || (r.getAddressedTo() != null && Objects.equals(caller.agencyId(), r.getAddressedTo().getId()));
    }

    Topic managedTopic(Caller caller, long topicId) {
        Topic topic = em.find(Topic.class, topicId);
        if (topic == null || !topicVisible(caller, topic)) {
            throw new NotFoundException();
        }
        if (!access.mayManage(caller, topic.getBody().getId())) {
            throw new ForbiddenException("Only the panel's secretary can change its work programme.");
        }
        return topic;
    }

    /** A scrutiny body the caller may see; anything else has no work programme here. */
    Body scrutinyBody(Caller caller, long bodyId) {
        Body body = bodies.visibleBody(caller, bodyId);
        if (body.getKind() != BodyKind.SCRUTINY_PANEL && body.getKind() != BodyKind.COMMITTEE) {
            throw new NotFoundException();
        }
        return body;
    }
}
