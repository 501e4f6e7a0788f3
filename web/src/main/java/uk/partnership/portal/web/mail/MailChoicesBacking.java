package uk.partnership.portal.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.notification.MailChoices;
import uk.partnership.portal.web.security.CurrentUser;
import uk.partnership.portal.web.support.PageActions;

/** "Your e-mail": for each body you sit on, its messages at once or not at all; kinds you stopped, to resume. */
@Named
@ViewScoped
public class MailChoicesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MailChoices choices;

    private List<MailChoices.BodyChoice> bodies;
    private List<MailChoices.Stopped> stops;

    @Inject
    CurrentUser currentUser;

    /** Signed out (a link from a message), the sign-in page first. */
    public void load() {
        if (!currentUser.isSignedIn()) {
            Faces.redirect("login.xhtml");
            return;
        }
        if (bodies == null) {
            refresh();
        }
    }

    public void choose(MailChoices.BodyChoice body, String mode) {
        if (PageActions.run(() -> choices.choose(body.bodyId(), mode))) {
            Messages.addGlobalInfo("OFF".equals(mode) ? "The " + body.bodyName() + " will not e-mail you."
                    : "The " + body.bodyName() + " will e-mail you as things happen.");
        }
        refresh();
    }

    public void resume(MailChoices.Stopped stopped) {
        if (PageActions.run(() -> choices.resume(stopped.kind()))) {
            Messages.addGlobalInfo("You will receive these again: " + stopped.label() + ".");
        }
        refresh();
    }

    private void refresh() {
        bodies = choices.myBodies();
        stops = choices.myStops();
    }

    public List<MailChoices.BodyChoice> getBodies() {
        return bodies;
    }

    public List<MailChoices.Stopped> getStops() {
        return stops;
    }
}
