package uk.partnership.portal.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.minutes.DecisionKind;
import uk.partnership.portal.minutes.MinuteSave;
import uk.partnership.portal.minutes.MinuteView;
import uk.partnership.portal.minutes.MinutesService;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;
import uk.partnership.portal.web.support.PageActions;

/**
 * Writing an item's minute and its resolutions. The revision the secretary started from stays in the view; if
 * someone saves first, the page shows their text beside this secretary's, which stays in the editor to merge.
 */
@Named
@ViewScoped
public class MinuteEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    @Inject
    RecordService records;

    @Inject
    BodyService bodies;

    private String item;
    private MinuteView minute;
    private int revision;
    private String text;
    private String theirs;

    private String decisionKind = DecisionKind.NOTED.name();
    private String decisionText;
    private Long targetBodyId;

    public void load() {
        if (minute == null) {
            minute = PageActions.loadOrNotFound(() -> minutes.minute(PageActions.id(item)));
            if (minute != null) {
                revision = minute.revision();
                text = minute.text();
            }
        }
    }

    public void save() {
        MinuteSave saved = PageActions.attempt(() -> minutes.saveMinute(minute.itemId(), text, revision));
        if (saved == null) {
            return;
        }
        if (saved.conflict()) {
            theirs = saved.theirs();
            revision = saved.revision();
            text = saved.yours();
            Messages.addGlobalError("Someone else saved this minute while you were editing. Their text is shown "
                    + "below; yours is still in the box. Merge the two and save again.");
            return;
        }
        theirs = null;
        revision = saved.revision();
        text = saved.text();
        minute = minutes.minute(minute.itemId());
        Messages.addGlobalInfo("Saved (revision " + revision + ").");
    }

    public void addDecision() {
        if (PageActions.attempt(() -> records.recordDecision(minute.itemId(),
                new RecordForms.DecisionEntry(decisionKind, decisionText, targetBodyId))) != null) {
            Messages.addGlobalInfo("Recorded the decision.");
            decisionText = null;
            targetBodyId = null;
            minute = minutes.minute(minute.itemId());
        }
    }

    public DecisionKind[] getDecisionKinds() {
        return DecisionKind.values();
    }

    public List<BodySummary> getBodies() {
        return bodies.listBodies();
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public MinuteView getMinute() {
        return minute;
    }

    public int getRevision() {
        return revision;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTheirs() {
        return theirs;
    }

    public String getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(String decisionKind) {
        this.decisionKind = decisionKind;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }

    public Long getTargetBodyId() {
        return targetBodyId;
    }

    public void setTargetBodyId(Long targetBodyId) {
        this.targetBodyId = targetBodyId;
    }
}
