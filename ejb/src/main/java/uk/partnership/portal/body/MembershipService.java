package uk.partnership.portal.body;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/** Secretaries and administrators add, change and end seats. Seats are never deleted: history is kept. */
@Stateless
@PermitAll
public class MembershipService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    BodyService bodies;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    public MemberView addMember(long bodyId, MembershipForm form) {
        Caller caller = access.caller();
        Body body = managedBody(caller, bodyId);
        Person person = form.personId() == null ? null : em.find(Person.class, form.personId());
        InvalidInputException.require(person != null, "Choose the person who takes the seat.");
        Terms terms = terms(form, person);
        requireNoOverlap(body.getId(), person.getId(), -1L, terms);
        Membership seat = new Membership(body, person, terms.agency, terms.role, terms.startsOn);
        seat.change(terms.role, terms.agency, terms.voting, terms.startsOn, terms.endsOn,
                clock.now());
        em.persist(seat);
        Saving.flush(em);
        access.callerChanged();
        audit.record(AuditAction.CREATE, "Membership", seat.getId(),
                person.getFullName() + " joins " + body.getShortName(), Changes.of()
                        .set("body", body.getShortName()).set("person", person.getFullName())
                        .set("agency", terms.agency.getName()).set("role", terms.role.name())
                        .set("voting", terms.voting).set("startsOn", terms.startsOn).set("endsOn", terms.endsOn));
        return MemberView.of(seat, clock.today());
    }

    /** One seat, for those who manage its body. */
    public MemberView seat(long membershipId) {
        return MemberView.of(managedSeat(access.caller(), membershipId), clock.today());
    }

    public MemberView changeMembership(long membershipId, MembershipForm form) {
        Caller caller = access.caller();
        Membership seat = managedSeat(caller, membershipId);
        ConflictException.requireVersion(seat.getVersion(), form.version());
        Terms terms = terms(form, seat.getPerson());
        requireNoOverlap(seat.getBody().getId(), seat.getPerson().getId(), seat.getId(), terms);
        Changes changes = Changes.of()
                .field("agency", seat.getAgency().getName(), terms.agency.getName())
                .field("role", seat.getRole().name(), terms.role.name())
                .field("voting", seat.isVoting(), terms.voting)
                .field("startsOn", seat.getStartsOn(), terms.startsOn)
                .field("endsOn", seat.getEndsOn(), terms.endsOn);
        seat.change(terms.role, terms.agency, terms.voting, terms.startsOn, terms.endsOn,
                clock.now());
        Saving.flush(em);
        access.callerChanged();
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, "Membership", seat.getId(),
                    seat.getPerson().getFullName() + " on " + seat.getBody().getShortName(), changes);
        }
        return MemberView.of(seat, clock.today());
    }

    /** Ends a seat on the given day (today if none); access that depended on it ends with it. */
    public MemberView endMembership(long membershipId, Long version, LocalDate endsOn) {
        Caller caller = access.caller();
        Membership seat = managedSeat(caller, membershipId);
        LocalDate last = endsOn == null ? clock.today() : endsOn;
        return changeMembership(membershipId, new MembershipForm(seat.getPerson().getId(), seat.getAgency().getId(),
                seat.getRole().name(), seat.isVoting(), seat.getStartsOn(), last, version));
    }

    public void deleteMembership(long membershipId) {
        Caller caller = access.caller();
        Membership seat = em.find(Membership.class, membershipId);
        if (seat == null || !access.maySee(caller, seat.getBody().scope())) {
            throw new NotFoundException();
        }
        throw new ForbiddenException("Memberships are ended, not deleted, so past minutes keep their members.");
    }

    /** People a secretary can choose from: name and agency, for those who manage at least one body. */
    public List<PersonOption> directory() {
        Caller caller = access.caller();
        if (!caller.systemAdmin() && caller.secretaryOfBodyIds().isEmpty()) {
            throw new ForbiddenException();
        }
        return em.createQuery("select p from Person p join fetch p.agency order by p.fullName", Person.class)
                .getResultStream()
                .map(p -> new PersonOption(p.getId(), p.getFullName(), p.getAgency().getName()))
                .toList();
    }

    private Body managedBody(Caller caller, long bodyId) {
        Body body = bodies.visibleBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        return body;
    }

    private Membership managedSeat(Caller caller, long membershipId) {
        Membership seat = em.find(Membership.class, membershipId);
        if (seat == null) {
            throw new NotFoundException();
        }
        access.requireManager(caller, seat.getBody().scope());
        return seat;
    }

    private record Terms(Agency agency, MembershipRole role, boolean voting, LocalDate startsOn, LocalDate endsOn) {
    }

    private Terms terms(MembershipForm form, Person person) {
        Agency agency = form.agencyId() == null ? person.getAgency() : em.find(Agency.class, form.agencyId());
        InvalidInputException.require(agency != null, "Choose the agency the person represents.");
        MembershipRole role = MembershipRole.parse(form.role());
        LocalDate startsOn = form.startsOn() == null ? clock.today() : form.startsOn();
        InvalidInputException.require(form.endsOn() == null || !form.endsOn().isBefore(startsOn),
                "The end date must be on or after the start date.");
        boolean voting = form.voting() == null ? role.votesByDefault() : form.voting();
        return new Terms(agency, role, voting, startsOn, form.endsOn());
    }

    private void requireNoOverlap(long bodyId, long personId, long self, Terms terms) {
        long overlapping = em.createNamedQuery("Membership.overlapping", Long.class)
                .setParameter("body", bodyId)
                .setParameter("person", personId)
                .setParameter("self", self)
                .setParameter("from", terms.startsOn)
                .setParameter("until", terms.endsOn == null ? LocalDate.of(9999, 12, 31) : terms.endsOn)
                .getSingleResult();
        InvalidInputException.require(overlapping == 0,
                "This person already has a seat on this body for some of those dates. Change or end that seat instead.");
    }
}
