package uk.partnership.portal.access;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.partnership.portal.account.Person;

/**
 * Decides what the caller may see. Every service that reads non-public data asks it first; the pages and the API
 * never decide for themselves.
 */
@Stateless
public class AccessPolicy {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The current caller, read from the database on each call. */
    public Caller caller() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null) {
            return Caller.ANONYMOUS;
        }
        List<Person> found = em.createNamedQuery("Person.findByUsername", Person.class)
                .setParameter("username", principal.getName())
                .getResultList();
        if (found.isEmpty() || !found.get(0).isEnabled()) {
            return Caller.ANONYMOUS;
        }
        Person person = found.get(0);
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
