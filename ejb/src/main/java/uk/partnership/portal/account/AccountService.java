package uk.partnership.portal.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person's own account. */
@Stateless
@PermitAll
public class AccountService {

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Optional<MyAccount> me() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Person.findByUsername", Person.class)
                .setParameter("username", principal.getName())
                .getResultStream()
                .filter(Person::isEnabled)
                .findFirst()
                .map(p -> new MyAccount(p.getFullName(), p.getJobTitle(), p.getAgency().getId(),
                        p.getAgency().getName(), p.getAgency().getKind().label()));
    }
}
