package uk.partnership.portal.body;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/** Reads bodies and their membership, always through the access policy. */
@Stateless
@PermitAll
public class BodyService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    /** Every body the caller may see, by name. */
    public List<BodySummary> listBodies() {
        Caller caller = access.caller();
        List<Body> bodies = caller.systemAdmin()
                ? em.createNamedQuery("Body.listAll", Body.class).getResultList()
                : em.createNamedQuery("Body.listVisible", Body.class)
                        .setParameter("mine", caller.currentBodyIdsOrNone())
                        .setParameter("agency", caller.agencyIdOrNone())
                        .getResultList();
        // The list is every body the caller may see, so a parent is visible exactly when it is in the list too.
        Set<Long> listed = bodies.stream().map(Body::getId).collect(Collectors.toSet());
        return bodies.stream().map(b -> BodySummary.of(b, b.getParent() != null
                && listed.contains(b.getParent().getId()))).toList();
    }

    /** The bodies the caller currently sits on. */
    public List<BodySummary> myBodies() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return List.of();
        }
        return em.createNamedQuery("Membership.currentOfPerson", Membership.class)
                .setParameter("person", caller.personId())
                .setParameter("today", clock.today())
                .getResultStream()
                .map(Membership::getBody)
                .distinct()
                .map(b -> BodySummary.of(b, b.getParent() != null && access.maySee(caller, b.getParent().scope())))
                .toList();
    }

    /** One body, or {@link NotFoundException} when it does not exist or the caller may not see it. */
    public BodyDetail getBody(long id) {
        Caller caller = access.caller();
        Body body = visibleBody(caller, id);
        Body parent = body.getParent();
        boolean parentVisible = parent != null && access.maySee(caller, parent.scope());
        auditSensitiveRead(body, "details of " + body.getShortName());
        return BodyDetail.of(body, parentVisible);
    }

    /** The body's members, current first by role, then past members. */
    public List<MemberView> members(long bodyId) {
        Caller caller = access.caller();
        Body body = visibleBody(caller, bodyId);
        auditSensitiveRead(body, "members of " + body.getShortName());
        LocalDate today = clock.today();
        return em.createNamedQuery("Membership.ofBody", Membership.class)
                .setParameter("body", bodyId)
                .getResultStream()
                .sorted(Comparator.comparing((Membership m) -> !m.isCurrentOn(today))
                        .thenComparing(Membership::getRole)
                        .thenComparing(m -> m.getPerson().getFullName()))
                .map(m -> MemberView.of(m, today))
                .toList();
    }

    /** Whether the caller is secretary of any body, or an administrator. */
    public boolean managesAnyBody() {
        Caller caller = access.caller();
        return caller.systemAdmin() || !caller.secretaryOfBodyIds().isEmpty();
    }

    /** Whether the caller may add, change and end memberships of this (visible) body. */
    public boolean mayManage(long bodyId) {
        Caller caller = access.caller();
        visibleBody(caller, bodyId);
        return access.mayManage(caller, bodyId);
    }

    /** For the other body services: the body, or not-found when the caller may not see it. */
    public Body visibleBody(Caller caller, long id) {
        Body body = em.find(Body.class, id);
        if (body == null || !access.maySee(caller, body.scope())) {
            throw new NotFoundException();
        }
        return body;
    }

    /** Reads of restricted and exempt records are attributable. */
    private void auditSensitiveRead(Body body, String what) {
        if (body.getAccessLevel() == AccessLevel.RESTRICTED || body.getAccessLevel() == AccessLevel.EXEMPT) {
            audit.record(AuditAction.READ, "Body", body.getId(), "Read " + what, null);
        }
    }
}
