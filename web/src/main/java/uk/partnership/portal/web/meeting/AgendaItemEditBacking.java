package uk.partnership.portal.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.meeting.AgendaService;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.web.support.PageActions;

/**
 * Changing one agenda item until the meeting is held — its title, purpose, presenter, who may see it, and for a late
 * item the reason for urgency with the chair or vice-chair who agreed it — and removing an item after asking.
 */
@Named
@ViewScoped
public class AgendaItemEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> CHAIRS = Set.of("CHAIR", "VICE_CHAIR", "INDEPENDENT_CHAIR");

    @Inject
    AgendaBuilderBacking page;

    @Inject
    AgendaService agendas;

    @Inject
    BodyService bodies;

    private ItemView editing;
    private ItemView removing;
    private ItemDraft draft;

    public void edit(ItemView item) {
        editing = item;
        removing = null;
        draft = ItemDraft.of(item);
    }

    public void save() {
        ItemView saved = PageActions.attempt(() -> agendas.updateItem(editing.id(), draft.form(editing.version())));
        if (saved != null) {
            Messages.addGlobalInfo("Saved “" + saved.title() + "”.");
            editing = null;
            page.refresh();
        }
    }

    public void stopEditing() {
        editing = null;
    }

    /** Remove asks first: the item and its papers leave the agenda. */
    public void askRemove(ItemView item) {
        removing = item;
        editing = null;
    }

    public void confirmRemove() {
        if (PageActions.run(() -> agendas.removeItem(removing.id(), removing.version()))) {
            Messages.addGlobalInfo("Removed “" + removing.title() + "”.");
        }
        removing = null;
        page.refresh();
    }

    public void keep() {
        removing = null;
    }

    /** Who may agree a reason for urgency: the body's current chair, vice-chair or independent chair. */
    public List<MemberView> getChairs() {
        return bodies.members(page.getMeeting().bodyId()).stream()
                .filter(m -> m.current() && CHAIRS.contains(m.roleCode())).toList();
    }

    public ItemView getEditing() {
        return editing;
    }

    public ItemDraft getDraft() {
        return draft;
    }

    public ItemView getRemoving() {
        return removing;
    }
















}
