package uk.partnership.portal.web.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.minutes.ActionClosure;
import uk.partnership.portal.web.support.PageActions;

/** The meeting agrees to close actions: one resolution on the chosen item closes them all. */
@Named
@ViewScoped
public class ActionClosureFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordMeetingBacking page;

    @Inject
    ActionClosure closure;

    private List<ActionView> closable = List.of();
    private List<String> closeIds = new ArrayList<>();
    private Long closeItemId;

    @PostConstruct
    void fill() {
        if (page.getRecord() == null || !"DRAFT".equals(page.getRecord().statusCode())) {
            closable = List.of();
            return;
        }
        closable = closure.closable(page.getMeeting().id());
        closeIds = new ArrayList<>();
        closeItemId = page.getMeeting().items().stream().filter(i -> "ACTION_LOG".equals(i.standardKind()))
                .map(i -> i.id()).findFirst().orElse(null);
    }

    public void close() {
        List<Long> ids = closeIds.stream().map(Long::valueOf).toList();
        var resolution = PageActions.attempt(() -> closure.closeAtMeeting(closeItemId == null ? -1 : closeItemId, ids));
        if (resolution != null) {
            Messages.addGlobalInfo("Recorded: " + resolution.text());
            page.refresh();
            fill();
        }
    }

    public List<ActionView> getClosable() {
        return closable;
    }

    public List<String> getCloseIds() {
        return closeIds;
    }

    public void setCloseIds(List<String> closeIds) {
        this.closeIds = closeIds;
    }

    public Long getCloseItemId() {
        return closeItemId;
    }

    public void setCloseItemId(Long closeItemId) {
        this.closeItemId = closeItemId;
    }
}
