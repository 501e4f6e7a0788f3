package uk.partnership.portal.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import org.primefaces.event.ReorderEvent;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.meeting.AgendaService;
import uk.partnership.portal.meeting.ItemPurpose;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.web.support.PageActions;

/**
 * Building an agenda: add items, move them up and down (buttons, so the keyboard does everything a mouse does),
 * remove them, and publish. Every change carries the meeting's version, so two secretaries cannot cross.
 */
@Named
@ViewScoped
public class AgendaBuilderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agendas;

    @Inject
    uk.partnership.portal.agency.AgencyService agencies;

    private String id;
    private ItemDraft draft = new ItemDraft();
    private MeetingView meeting;

    private LocalDate publishedOn;
    private List<uk.partnership.portal.agency.AgencyView> agencyOptions;
    private LocalDateTime newStart;
    private String reason;

    public void load() {
        if (meeting == null) {
            meeting = PageActions.loadOrNotFound(() -> {
                MeetingView found = meetings.getMeeting(PageActions.id(id));
                if (!found.mayManage()) {
                    throw new uk.partnership.portal.shared.ForbiddenException();
                }
                return found;
            });
        }
    }

    public void addItem() {
        ItemView added = PageActions.attempt(() -> agendas.addItem(meeting.id(), draft.form(meeting.version())));
        if (added != null) {
            Messages.addGlobalInfo("Added “" + added.title() + "”.");
            String purpose = draft.getPurpose();
            draft = new ItemDraft();
            draft.setPurpose(purpose);
        }
        refresh();
    }

    public void move(ItemView item, int step) {
        List<Long> order = new ArrayList<>(meeting.items().stream().map(ItemView::id).toList());
        int from = order.indexOf(item.id());
        int to = from + step;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        if (PageActions.run(() -> agendas.reorder(meeting.id(), meeting.version(), order))) {
            Messages.addGlobalInfo("Moved “" + item.title() + "” " + (step < 0 ? "up" : "down") + ".");
        }
        refresh();
    }

    public void publish() {
        MeetingView published = PageActions.attempt(() -> agendas.publishAgenda(meeting.id(), meeting.version(),
                publishedOn));
        if (published != null) {
            Messages.addGlobalInfo("The agenda is published. Its items are numbered and readers can see them now.");
        }
        refresh();
    }

    /** Dragging a row does the same as the Up and Down buttons. */
    public void onRowReorder(ReorderEvent event) {
        List<Long> order = new ArrayList<>(meeting.items().stream().map(ItemView::id).toList());
        order.add(event.getToIndex(), order.remove(event.getFromIndex()));
        if (PageActions.run(() -> agendas.reorder(meeting.id(), meeting.version(), order))) {
            Messages.addGlobalInfo("Moved the item.");
        }
        refresh();
    }

    public void rearrange() {
        if (PageActions.attempt(() -> meetings.rearrange(meeting.id(), meeting.version(), newStart, reason)) != null) {
            Messages.addGlobalInfo("The meeting is rearranged. Anyone following the calendar feed sees the new time.");
            reason = null;
        }
        refresh();
    }

    public void cancel() {
        if (PageActions.attempt(() -> meetings.cancel(meeting.id(), meeting.version(), reason)) != null) {
            Messages.addGlobalInfo("The meeting is cancelled.");
            reason = null;
        }
        refresh();
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    void refresh() {
        meeting = meetings.getMeeting(meeting.id());
    }

    public ItemPurpose[] getPurposes() {
        return ItemPurpose.values();
    }

    public AccessLevel[] getAccessLevels() {
        return AccessLevel.values();
    }

    public List<uk.partnership.portal.agency.AgencyView> getAgencyOptions() {
        if (agencyOptions == null) {
            agencyOptions = agencies.listAgencies();
        }
        return agencyOptions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ItemDraft getDraft() {
        return draft;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }
}
