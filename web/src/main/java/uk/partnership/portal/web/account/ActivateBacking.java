package uk.partnership.portal.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import uk.partnership.portal.account.PeopleService;
import uk.partnership.portal.web.support.PageActions;

/** Choosing a password through an invitation link. */
@Named
@RequestScoped
public class ActivateBacking {

    @Inject
    PeopleService people;

    private String token;
    private String password;
    private String confirmation;
    private boolean done;

    public void activate() {
        if (password == null || !password.equals(confirmation)) {
            Messages.addGlobalError("The two passwords are not the same. Type the same password in both boxes.");
            return;
        }
        done = PageActions.run(() -> people.activate(token, password.toCharArray()));
        password = confirmation = null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isDone() {
        return done;
    }
}
