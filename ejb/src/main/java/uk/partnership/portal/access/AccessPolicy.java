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
        List<Long> bodies = em.createNamedQuery("Membership.currentBodyIds", Long.class)
                .setParameter("person", person.getId())
                .setParameter("today", LocalDate.now())
                .getResultList();
        return new Caller(person.getId(), person.getAgency().getId(), person.isSystemAdmin(),
                person.isAgencyAdmin(), Set.copyOf(new HashSet<>(bodies)));
    }

    /** The rule for a body itself; {@code Body.listVisible} is the same rule written as a query. */
    public boolean maySee(Caller caller, long bodyId, AccessLevel level) {
        return caller.systemAdmin() || level == AccessLevel.PUBLIC || caller.sitsOn(bodyId);
    }
}
