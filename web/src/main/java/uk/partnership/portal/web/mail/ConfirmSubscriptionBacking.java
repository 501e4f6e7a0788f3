package uk.partnership.portal.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.partnership.portal.notification.PublicSubscriptions;
import uk.partnership.portal.web.support.PageActions;

/**
 * The page the confirmation link opens: it names the body and asks for one press, so a link scanner fetching the
 * address confirms nothing; pressing again, or reloading, changes nothing more.
 */
@Named
@ViewScoped
public class ConfirmSubscriptionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicSubscriptions subscriptions;

    private String token;
    private PublicSubscriptions.Subscription subscription;

    public void load() {
        if (subscription == null) {
            subscription = PageActions.attempt(() -> subscriptions.find(token));
        }
    }

    public void confirm() {
        PublicSubscriptions.Subscription done = PageActions.attempt(() -> subscriptions.confirm(token));
        if (done != null) {
            subscription = done;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public PublicSubscriptions.Subscription getSubscription() {
        return subscription;
    }
}
