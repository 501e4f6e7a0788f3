package uk.partnership.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import uk.partnership.portal.access.AccessPolicy;

/** The signed-in person's own account. */
@Stateless
@PermitAll
public class AccountService {

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    public Optional<MyAccount> me() {
        return currentPerson.get()
                .map(p -> new MyAccount(p.getFullName(), p.getJobTitle(), p.getAgency().getId(),
                        p.getAgency().getName(), p.getAgency().getKind().label()));
    }
}
