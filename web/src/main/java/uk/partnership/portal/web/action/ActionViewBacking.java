package uk.partnership.portal.web.action;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Messages;
import uk.partnership.portal.action.ActionDetail;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionStatus;
import uk.partnership.portal.action.ProgressReporting;
import uk.partnership.portal.action.UpdateForm;
import uk.partnership.portal.web.support.PageActions;

/**
 * An action's page: what it is, where it stands, every progress update, and the form for the next one. If someone
 * else reports in the meantime, the page says so and keeps what was typed.
 */
@Named
@ViewScoped
public class ActionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionLogQuery actions;

    @Inject
    ProgressReporting reporting;

    private String id;
    private ActionDetail action;
    private String progress;
    private String impact;
    private String status;
    private LocalDate writtenOn;
    private transient Part evidence;
    /** The action's version as the form on the page showed it; a page brought back by the back button sends its own. */
    private Long formVersion;

    public void load() {
        action = PageActions.loadOrNotFound(() -> actions.get(PageActions.id(id)));
        if (action != null && status == null) {
            status = action.status();
        }
        if (action != null && formVersion == null) {
            formVersion = action.version();
        }
    }

    public void postUpdate() throws IOException {
        byte[] file = null;
        String fileName = null;
        if (evidence != null && evidence.getSize() > 0) {
            try (InputStream in = evidence.getInputStream()) {
                file = uk.partnership.portal.web.support.Uploads.readAtMost(in, reporting.maxUploadBytes());
            }
            fileName = evidence.getSubmittedFileName();
        }
        UpdateForm form = new UpdateForm(progress, impact, status, writtenOn, formVersion);
        ActionDetail.UpdateView saved = PageActions.attempt(() -> reporting.postUpdate(action.id(), form));
        if (saved == null) {
            refreshKeepingTyping();
            return;
        }
        String name = fileName;
        byte[] bytes = file;
        boolean evidenceSaved = bytes == null
                || PageActions.attempt(() -> reporting.addEvidence(saved.id(), name, bytes)) != null;
        action = actions.get(action.id());
        formVersion = action.version();
        if (evidenceSaved) {
            Messages.addGlobalInfo("Your update is saved" + (bytes == null ? "." : " with " + name + " as evidence."));
            progress = null;
            impact = null;
            writtenOn = null;
        } else {
            Messages.addGlobalInfo("Your update is saved, but not the evidence file. Add it to your update below.");
        }
        status = action.status();
    }

    /** After a refusal: show the latest state (someone may have reported) but keep the reader's text. */
    private void refreshKeepingTyping() {
        ActionDetail fresh = PageActions.attempt(() -> actions.get(action.id()));
        if (fresh != null) {
            action = fresh;
            formVersion = fresh.version();
        }
    }

    public Long getFormVersion() {
        return formVersion;
    }

    public void setFormVersion(Long formVersion) {
        this.formVersion = formVersion;
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.reportable();
    }

    public ActionDetail getAction() {
        return action;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public Part getEvidence() {
        return evidence;
    }

    public void setEvidence(Part evidence) {
        this.evidence = evidence;
    }
}
