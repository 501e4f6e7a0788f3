package uk.partnership.portal.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.notification.MailChoices;
import uk.partnership.portal.notification.MailMode;
import uk.partnership.portal.web.security.CurrentUser;
import uk.partnership.portal.web.support.PageActions;

/** "Your e-mail": for each body you sit on, its messages at once, in a digest or not at all; stopped kinds, to resume. */
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
            Messages.addGlobalInfo(switch (MailMode.valueOf(mode)) {
                case OFF -> "The " + body.bodyName() + " will not e-mail you.";
                case AT_ONCE -> "The " + body.bodyName() + " will e-mail you as things happen.";
                case DAILY -> "The " + body.bodyName() + "'s messages will come in a digest at 7:00 each morning.";
                case WEEKLY -> "The " + body.bodyName() + "'s messages will come in a digest at 7:00 each Monday.";
            });
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

    public MailMode[] getModes() {
        return MailMode.values();
    }

    public List<MailChoices.Stopped> getStops() {
        return stops;
    }
}
