package uk.partnership.portal.access;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.body.MembershipRole;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.LondonTime;
import uk.partnership.portal.shared.NotFoundException;

/**
 * Decides what the caller may see. Every service that reads non-public data asks it first; the pages and the API
 * never decide for themselves.
 */
@Stateless
@DeclareRoles({SignedInPerson.USER, SignedInPerson.ADMIN, SignedInPerson.AGENCY_ADMIN})
public class AccessPolicy {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * The signed-in person behind this call, if any. Only a caller the sign-in mechanism put in the {@code user}
     * group counts, so the container's name for an anonymous caller can never match an account.
     */
    public Optional<Person> signedInPerson() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || !context.isCallerInRole(SignedInPerson.USER)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Person.findByUsername", Person.class)
                .setParameter("username", principal.getName())
                .getResultStream()
                .filter(Person::isEnabled)
                .findFirst();
    }

    /** The current caller, read from the database on each call. */
    public Caller caller() {
        Optional<Person> signedIn = signedInPerson();
        if (signedIn.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        Person person = signedIn.get();
        List<Object[]> seats = em.createNamedQuery("Membership.currentSeats", Object[].class)
                .setParameter("person", person.getId())
                .setParameter("today", LondonTime.today())
                .getResultList();
        Set<Long> bodies = new HashSet<>();
        Set<Long> secretaryOf = new HashSet<>();
        for (Object[] seat : seats) {
            bodies.add((Long) seat[0]);
            if (seat[1] == MembershipRole.SECRETARY) {
                secretaryOf.add((Long) seat[0]);
            }
        }
        return new Caller(person.getId(), person.getAgency().getId(), person.isSystemAdmin(),
                person.isAgencyAdmin(), Set.copyOf(bodies), Set.copyOf(secretaryOf));
    }

    /**
     * The one rule for reading: administrators see everything; public records everyone; anything else the
     * current members of its body; restricted records also the people of the agencies named on them. Exempt
     * (Part B) records are for current members only. A record inside another must pass both.
     * {@code Body.listVisible} is this rule written as a query.
     */
    public boolean maySee(Caller caller, Scope scope) {
        if (scope.within() != null && !maySee(caller, scope.within())) {
            return false;
        }
        if (caller.systemAdmin() || scope.level() == AccessLevel.PUBLIC || caller.sitsOn(scope.bodyId())) {
            return true;
        }
        return scope.level() == AccessLevel.RESTRICTED && caller.agencyId() != null
                && scope.namedAgencyIds().contains(caller.agencyId());
    }

    /** Memberships and the body's own records are managed by its secretaries and by administrators. */
    public boolean mayManage(Caller caller, long bodyId) {
        return caller.systemAdmin() || caller.isSecretaryOf(bodyId);
    }

    /**
     * The one answer for changes to a body's records: not found when the caller may not see the body, refused
     * when they may see it but do not manage it.
     */
    public void requireManager(Caller caller, Scope bodyScope) {
        if (!maySee(caller, bodyScope)) {
            throw new NotFoundException();
        }
        if (!mayManage(caller, bodyScope.bodyId())) {
            throw new ForbiddenException();
        }
    }

    /** An agency's people are managed by that agency's administrators and by system administrators. */
    public boolean mayManagePeopleOf(Caller caller, long agencyId) {
        return caller.systemAdmin() || (caller.agencyAdmin() && caller.agencyId() != null
                && caller.agencyId() == agencyId);
    }
}
