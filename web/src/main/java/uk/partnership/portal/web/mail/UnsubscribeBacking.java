package uk.partnership.portal.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.partnership.portal.notification.MailChoices;
import uk.partnership.portal.web.support.PageActions;

/** The page an unsubscribe link opens in a browser: one button stops that kind of message, no sign-in needed. */
@Named
@ViewScoped
public class UnsubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailChoices choices;

    private String token;
    private MailChoices.Stopped stopped;

    public void stop() {
        stopped = PageActions.attempt(() -> choices.unsubscribe(token));
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public MailChoices.Stopped getStopped() {
        return stopped;
    }
}
