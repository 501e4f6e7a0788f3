package uk.partnership.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;

/** The signed-in person as an entity, for the records that name who wrote them. */
@Stateless
@PermitAll
public class CurrentPerson {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    /** The enabled, signed-in person behind this call; empty for the public. */
    public Optional<Person> get() {
        return of(access.caller());
    }

    /** The person behind a caller already read in this call, without reading the caller again. */
    public Optional<Person> of(Caller caller) {
        return caller.anonymous() ? Optional.empty() : Optional.ofNullable(em.find(Person.class, caller.personId()));
    }
}
