package uk.partnership.portal.web.scrutiny;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.SelectionService;
import uk.partnership.portal.scrutiny.SuggestionService;
import uk.partnership.portal.scrutiny.TopicKind;
import uk.partnership.portal.web.support.PageActions;

/**
 * A scrutiny body's work programme for a year, as a timeline of its meetings and a table of topics; for the
 * secretary also adding topics, recording the panel's selection and the parent body's approval.
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeQuery programmes;

    @Inject
    SuggestionService suggestions;

    @Inject
    SelectionService selections;

    private String body;
    private Integer year;
    private ProgrammeViews.Programme programme;
    private List<ProgrammeViews.TimelineEntry> selectionItems = List.of();
    private List<ProgrammeViews.TimelineEntry> approvalItems = List.of();
    private String newTitle;
    private String newReason;
    private String newKind = "ONE_OFF";
    private Long selectionItem;
    private List<String> selectedTopics = new ArrayList<>();
    private Long approvalItem;

    public void load() {
        programme = PageActions.loadOrNotFound(() -> programmes.programme(PageActions.id(body), year));
        if (programme != null) {
            refresh();
        }
    }

    private void refresh() {
        programme = programmes.programme(programme.bodyId(), programme.year());
        if (programme.mayManage()) {
            selectionItems = programmes.selectionItems(programme.bodyId());
        }
        approvalItems = programmes.approvalItems(programme.bodyId());
    }

    public void addTopic() {
        var added = PageActions.attempt(() -> suggestions.addTopic(programme.bodyId(),
                new ProgrammeForms.NewTopic(newTitle, newReason, null, newKind, programme.year())));
        if (added != null) {
            Messages.addGlobalInfo("Added " + added.title() + ".");
            newTitle = null;
            newReason = null;
            refresh();
        }
    }

    public void select() {
        List<Long> ids = selectedTopics.stream().map(Long::valueOf).toList();
        var resolution = PageActions.attempt(() -> selections.select(selectionItem == null ? -1 : selectionItem, ids));
        if (resolution != null) {
            Messages.addGlobalInfo("Recorded and referred: " + resolution.text());
            selectedTopics = new ArrayList<>();
            refresh();
        }
    }

    public void approve() {
        var resolution = PageActions.attempt(() -> selections.approve(approvalItem == null ? -1 : approvalItem));
        if (resolution != null) {
            Messages.addGlobalInfo("Recorded: " + resolution.text());
            refresh();
        }
    }

    /** Topics the panel can still select. */
    public List<ProgrammeViews.TopicLine> getSelectable() {
        return programme.topics().stream().filter(t -> t.kind().equals("REVIEW") && List.of("SUGGESTED", "SCREENED",
                "NOT_SELECTED").contains(t.status())).toList();
    }

    public TopicKind[] getKinds() {
        return TopicKind.values();
    }

    public ProgrammeViews.Programme getProgramme() {
        return programme;
    }

    public List<ProgrammeViews.TimelineEntry> getSelectionItems() {
        return selectionItems;
    }

    public List<ProgrammeViews.TimelineEntry> getApprovalItems() {
        return approvalItems;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewReason() {
        return newReason;
    }

    public void setNewReason(String newReason) {
        this.newReason = newReason;
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }

    public Long getSelectionItem() {
        return selectionItem;
    }

    public void setSelectionItem(Long selectionItem) {
        this.selectionItem = selectionItem;
    }

    public List<String> getSelectedTopics() {
        return selectedTopics;
    }

    public void setSelectedTopics(List<String> selectedTopics) {
        this.selectedTopics = selectedTopics;
    }

    public Long getApprovalItem() {
        return approvalItem;
    }

    public void setApprovalItem(Long approvalItem) {
        this.approvalItem = approvalItem;
    }
}
