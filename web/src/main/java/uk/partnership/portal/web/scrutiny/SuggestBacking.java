package uk.partnership.portal.web.scrutiny;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.SuggestionService;
import uk.partnership.portal.web.support.PageActions;

/** The suggestion form: open to anyone, no account needed. */
@Named
@ViewScoped
public class SuggestBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeQuery programmes;

    @Inject
    SuggestionService suggestions;

    private String body;
    private ProgrammeViews.Programme programme;
    private String title;
    private String reason;
    private String priority;
    private String name;
    private String contact;
    private boolean sent;

    public void load() {
        programme = PageActions.loadOrNotFound(() -> programmes.programme(PageActions.id(body), null));
    }

    public void send() {
        var saved = PageActions.attempt(() -> suggestions.suggest(programme.bodyId(),
                new ProgrammeForms.Suggestion(title, reason, priority, name, contact, null)));
        if (saved != null) {
            Messages.addGlobalInfo("Thank you: your suggestion has been sent to the panel's secretary, who will screen it "
                    + "before the panel chooses its topics.");
            sent = true;
            title = null;
            reason = null;
            priority = null;
        }
    }

    public ProgrammeViews.Programme getProgramme() {
        return programme;
    }

    public boolean isSent() {
        return sent;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
