package uk.partnership.portal.body;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.Saving;

/** System administrators set up bodies: what they are, who they report to, and who may see them. */
@Stateless
@PermitAll
public class BodyAdminService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    BodyService bodies;

    @EJB
    AuditTrail audit;

    public BodyDetail createBody(BodyForm form) {
        requireAdmin(access.caller());
        Definition d = definition(form, null);
        Body body = new Body(d.name, d.shortName, d.kind, d.level);
        body.rename(d.name, d.shortName, d.kind, d.parent);
        body.describe(d.termsOfReference, d.meetingFrequency, d.quorum);
        body.setAccess(d.level, d.accessToInformation, d.namedAgencies);
        em.persist(body);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Body", body.getId(), d.name, d.changesFrom(null));
        return BodyDetail.of(body, true);
    }

    public BodyDetail updateBody(long id, BodyForm form) {
        Caller caller = access.caller();
        Body body = bodies.visibleBody(caller, id);
        requireAdmin(caller);
        ConflictException.requireVersion(body.getVersion(), form.version());
        Definition d = definition(form, body);
        Changes changes = d.changesFrom(body);
        body.rename(d.name, d.shortName, d.kind, d.parent);
        body.describe(d.termsOfReference, d.meetingFrequency, d.quorum);
        body.setAccess(d.level, d.accessToInformation, d.namedAgencies);
        Saving.flush(em);
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, "Body", id, d.name, changes);
        }
        return BodyDetail.of(body, true);
    }

    /** Only a body with no seats (past or present) and no sub-bodies can go; otherwise history would break. */
    public void deleteBody(long id) {
        Caller caller = access.caller();
        Body body = bodies.visibleBody(caller, id);
        requireAdmin(caller);
        long seats = em.createQuery("select count(m) from Membership m where m.body.id = :b", Long.class)
                .setParameter("b", id).getSingleResult();
        long children = em.createQuery("select count(b) from Body b where b.parent.id = :b", Long.class)
                .setParameter("b", id).getSingleResult();
        if (seats + children > 0) {
            throw new ConflictException("This body has members or sub-bodies, so it cannot be removed.");
        }
        em.remove(body);
        audit.record(AuditAction.DELETE, "Body", id, body.getName(), Changes.of().field("name", body.getName(), null));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.systemAdmin()) {
            throw new ForbiddenException();
        }
    }

    private record Definition(String name, String shortName, BodyKind kind, Body parent, String termsOfReference,
                              String meetingFrequency, Integer quorum, boolean accessToInformation, AccessLevel level,
                              Set<Agency> namedAgencies) {

        Changes changesFrom(Body old) {
            if (old == null) {
                return Changes.of().set("name", name).set("shortName", shortName).set("kind", kind.name())
                        .set("parent", parent == null ? null : parent.getShortName())
                        .set("termsOfReference", termsOfReference).set("meetingFrequency", meetingFrequency)
                        .set("quorum", quorum).set("accessToInformation", accessToInformation)
                        .set("accessLevel", level.name()).set("namedAgencies", names(namedAgencies));
            }
            return Changes.of().field("name", old.getName(), name).field("shortName", old.getShortName(), shortName)
                    .field("kind", old.getKind().name(), kind.name())
                    .field("parent", old.getParent() == null ? null : old.getParent().getShortName(),
                            parent == null ? null : parent.getShortName())
                    .field("termsOfReference", old.getTermsOfReference(), termsOfReference)
                    .field("meetingFrequency", old.getMeetingFrequency(), meetingFrequency)
                    .field("quorum", old.getQuorum(), quorum)
                    .field("accessToInformation", old.isAccessToInformation(), accessToInformation)
                    .field("accessLevel", old.getAccessLevel().name(), level.name())
                    .field("namedAgencies", names(old.getNamedAgencies()), names(namedAgencies));
        }

        private static String names(Set<Agency> agencies) {
            return agencies.stream().map(Agency::getName).sorted().collect(Collectors.joining("; "));
        }
    }

    private Definition definition(BodyForm form, Body self) {
        String name = InvalidInputException.requireText(form.name(), "body's name", 300);
        String shortName = InvalidInputException.requireText(form.shortName(), "short name", 20).toUpperCase(Locale.ROOT);
        long selfId = self == null ? -1L : self.getId();
        long clash = em.createQuery("select count(b) from Body b where (lower(b.name) = lower(:n) "
                        + "or b.shortName = :s) and b.id <> :self", Long.class)
                .setParameter("n", name).setParameter("s", shortName).setParameter("self", selfId).getSingleResult();
        InvalidInputException.require(clash == 0, "Another body already has that name or short name.");
        BodyKind kind = Choices.parse(BodyKind.class, form.kind(), "Choose the kind of body.");
        Body parent = null;
        if (form.parentId() != null) {
            parent = em.find(Body.class, form.parentId());
            InvalidInputException.require(parent != null, "Choose the body this one reports to from the list.");
            for (Body up = parent; up != null; up = up.getParent()) {
                InvalidInputException.require(up.getId() != selfId, "A body cannot report to itself or to one of "
                        + "the bodies that report to it.");
            }
        }
        Integer quorum = form.quorum();
        InvalidInputException.require(quorum == null || (quorum >= 0 && quorum <= 100),
                "The quorum must be a number from 0 to 100.");
        AccessLevel level = Choices.parse(AccessLevel.class, form.accessLevel(), "Choose who may see the body.");
        Set<Agency> named = new HashSet<>();
        for (Long agencyId : form.namedAgencyIds() == null ? List.<Long>of() : form.namedAgencyIds()) {
            Agency agency = agencyId == null ? null : em.find(Agency.class, agencyId);
            InvalidInputException.require(agency != null, "Choose the named agencies from the list.");
            named.add(agency);
        }
        InvalidInputException.require(level == AccessLevel.RESTRICTED || named.isEmpty(),
                "Only a restricted body names agencies; choose Restricted or remove the agencies.");
        InvalidInputException.require(level != AccessLevel.RESTRICTED || !named.isEmpty(),
                "A restricted body must name at least one agency.");
        return new Definition(name, shortName, kind, parent,
                InvalidInputException.optionalText(form.termsOfReference(), "terms of reference", 20_000),
                InvalidInputException.optionalText(form.meetingFrequency(), "meeting frequency", 100), quorum,
                Boolean.TRUE.equals(form.accessToInformation()), level, named);
    }

}
