package uk.partnership.portal.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.notification.PublicSubscriptions;
import uk.partnership.portal.web.support.PageActions;

/** "Follow by e-mail" for a public body: an address asks to subscribe and is sent a link to confirm. */
@Named
@ViewScoped
public class FollowBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicSubscriptions subscriptions;

    private String bodyId;
    private BodyDetail body;
    private String email;

    public void load() {
        if (body == null) {
            body = PageActions.loadOrNotFound(() -> subscriptions.publicBody(PageActions.id(bodyId)));
        }
    }

    public void subscribe() {
        String address = email == null ? null : email.strip();
        if (PageActions.run(() -> subscriptions.request(body.id(), address, Faces.getRemoteAddr()))) {
            Messages.addGlobalInfo("Check your e-mail: a message to " + address + " has a link to confirm the "
                    + "subscription. Nothing else is sent until you follow it.");
            email = null;
        }
    }

    public String getBodyId() {
        return bodyId;
    }

    public void setBodyId(String bodyId) {
        this.bodyId = bodyId;
    }

    public BodyDetail getBody() {
        return body;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
