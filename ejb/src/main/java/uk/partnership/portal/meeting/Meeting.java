package uk.partnership.portal.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.LondonTime;

/** A meeting of a body: when and where, its agenda, and where it is in its life. */
@Entity
@Table(name = "meeting")
@NamedQueries({
    @NamedQuery(name = "Meeting.ofBodyBetween", query = """
            select m from Meeting m where m.body.id = :body and m.startsAt >= :from and m.startsAt < :to
            order by m.startsAt"""),
    @NamedQuery(name = "Meeting.numberedBefore", query = """
            select count(i) from AgendaItem i
            where i.meeting.body.id = :body and i.meeting.municipalYear = :year
              and i.meeting.status <> uk.partnership.portal.meeting.MeetingStatus.CANCELLED
              and i.meeting.startsAt < :startsAt
              and (i.standardKind is null
                   or i.standardKind = uk.partnership.portal.meeting.StandardItem.PREVIOUS_MINUTES
                   or i.standardKind = uk.partnership.portal.meeting.StandardItem.ACTION_LOG)""")
})
public class Meeting extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(length = 300)
    private String venue;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "municipal_year", nullable = false)
    private int municipalYear;

    @Column(name = "agenda_published_at")
    private OffsetDateTime agendaPublishedAt;

    @Column(name = "agenda_published_on")
    private LocalDate agendaPublishedOn;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "rearranged_from")
    private OffsetDateTime rearrangedFrom;

    @Column(name = "no_declarations", nullable = false)
    private boolean noDeclarations;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status", length = 20)
    private MinutesStatus minutesStatus;

    @ManyToOne
    @JoinColumn(name = "minutes_approved_at")
    private Meeting minutesApprovedAt;

    @ManyToOne
    @JoinColumn(name = "minutes_moved_by")
    private uk.partnership.portal.account.Person minutesMovedBy;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> items = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(Body body, OffsetDateTime startsAt, String venue, String onlineLink) {
        this.body = body;
        this.venue = venue;
        this.onlineLink = onlineLink;
        setStart(startsAt);
    }

    private void setStart(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
        this.municipalYear = MunicipalYear.of(startsAt.atZoneSameInstant(LondonTime.ZONE).toLocalDate());
    }

    public LocalDate meetingDay() {
        return startsAt.atZoneSameInstant(LondonTime.ZONE).toLocalDate();
    }

    /** The standard opening items, in the usual order. */
    void addStandardItems() {
        for (StandardItem standard : StandardItem.values()) {
            if (standard == StandardItem.ACTION_LOG) {
                continue;
            }
            items.add(new AgendaItem(this, items.size() + 1, standard.title(),
                    standard == StandardItem.PREVIOUS_MINUTES ? ItemPurpose.DECISION : ItemPurpose.INFORMATION,
                    standard));
        }
    }

    /**
     * Puts "matters arising and action log" after the previous minutes of an agenda still being built, once; true if
     * it was added.
     */
    public boolean addActionLogItem() {
        if (status != MeetingStatus.SCHEDULED
                || items.stream().anyMatch(i -> i.getStandardKind() == StandardItem.ACTION_LOG)) {
            return false;
        }
        int at = items.stream().filter(i -> i.getStandardKind() == StandardItem.PREVIOUS_MINUTES)
                .mapToInt(items::indexOf).findFirst().orElse(-1) + 1;
        items.add(at, new AgendaItem(this, at + 1, StandardItem.ACTION_LOG.title(), ItemPurpose.DISCUSSION,
                StandardItem.ACTION_LOG));
        renumberPositions();
        markModified();
        return true;
    }

    /**
     * An item sent here by another body's resolution on {@code source}; it joins the agenda like any other, for
     * decision, and keeps at least the protection the resolution had where it was made.
     */
    public AgendaItem receiveReferral(String title, AgendaItem source) {
        InvalidInputException.require(status == MeetingStatus.SCHEDULED,
                "The receiving meeting's agenda is already published.");
        AgendaItem item = addBusiness(title, ItemPurpose.DECISION);
        item.carryAccessOf(source);
        return item;
    }

    /** Business another part of the portal schedules (a work programme topic) on an agenda still being built. */
    public AgendaItem addBusiness(String title, ItemPurpose purpose) {
        InvalidInputException.require(status == MeetingStatus.SCHEDULED,
                "That meeting's agenda is already published; choose a meeting whose agenda is still being built.");
        markModified();
        return addItem(title, purpose);
    }

    AgendaItem addItem(String title, ItemPurpose purpose) {
        AgendaItem item = new AgendaItem(this, items.size() + 1, title, purpose, null);
        items.add(item);
        return item;
    }

    void removeItem(AgendaItem item) {
        items.remove(item);
        renumberPositions();
    }

    /** Puts the items in the given order; every item must be named exactly once. */
    void reorder(List<Long> itemIds) {
        InvalidInputException.require(itemIds.size() == items.size()
                        && items.stream().allMatch(i -> itemIds.contains(i.getId())),
                "The new order must list every item of this agenda once.");
        items.sort((a, b) -> Integer.compare(itemIds.indexOf(a.getId()), itemIds.indexOf(b.getId())));
        renumberPositions();
    }

    private void renumberPositions() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    void publishAgenda(OffsetDateTime at, LocalDate on) {
        InvalidInputException.require(status == MeetingStatus.SCHEDULED,
                "Only a scheduled meeting's agenda can be published; this one is " + status.label().toLowerCase() + ".");
        status = MeetingStatus.AGENDA_PUBLISHED;
        agendaPublishedAt = at;
        agendaPublishedOn = on;
    }

    void cancel(String reason) {
        InvalidInputException.require(status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED,
                "A meeting that has been held or cancelled cannot be cancelled.");
        status = MeetingStatus.CANCELLED;
        statusReason = reason;
    }

    void rearrange(OffsetDateTime newStart, String reason) {
        InvalidInputException.require(status == MeetingStatus.SCHEDULED || status == MeetingStatus.AGENDA_PUBLISHED,
                "Only a meeting still to come can be rearranged.");
        rearrangedFrom = startsAt;
        statusReason = reason;
        setStart(newStart);
    }

    /** The meeting took place; its minutes are now a draft. */
    public void markHeld() {
        InvalidInputException.require(status == MeetingStatus.AGENDA_PUBLISHED,
                "Only a meeting whose agenda was published can be recorded as held.");
        status = MeetingStatus.HELD;
        minutesStatus = MinutesStatus.DRAFT;
    }

    public void circulateMinutes() {
        InvalidInputException.require(minutesStatus == MinutesStatus.DRAFT,
                "Only draft minutes can be circulated.");
        minutesStatus = MinutesStatus.CIRCULATED;
    }

    public void approveMinutes(Meeting at, uk.partnership.portal.account.Person movedBy) {
        InvalidInputException.require(minutesStatus == MinutesStatus.CIRCULATED,
                "Minutes are approved after they have been circulated to members.");
        minutesStatus = MinutesStatus.APPROVED;
        minutesApprovedAt = at;
        minutesMovedBy = movedBy;
    }

    /** Recording attendance or declarations changes the meeting's record, so its version moves. */
    public void touchRecord() {
        markModified();
    }

    public void declareNone(boolean none) {
        this.noDeclarations = none;
    }

    public boolean isNoDeclarations() {
        return noDeclarations;
    }

    public MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    public Meeting getMinutesApprovedAt() {
        return minutesApprovedAt;
    }

    public uk.partnership.portal.account.Person getMinutesMovedBy() {
        return minutesMovedBy;
    }

    /** Changing the agenda changes the meeting, so its version moves and concurrent edits are caught. */
    void touchAgenda() {
        markModified();
    }

    public boolean agendaPublished() {
        return agendaPublishedAt != null;
    }

    public Body getBody() {
        return body;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public int getMunicipalYear() {
        return municipalYear;
    }

    public OffsetDateTime getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public LocalDate getAgendaPublishedOn() {
        return agendaPublishedOn;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public OffsetDateTime getRearrangedFrom() {
        return rearrangedFrom;
    }

    public List<AgendaItem> getItems() {
        return List.copyOf(items);
    }
}
