package uk.partnership.portal.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Membership;
import uk.partnership.portal.body.MembershipRole;
import uk.partnership.portal.publication.ClearDays;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/** Building an agenda and publishing it by the statutory rules. */
@Stateless
@PermitAll
public class AgendaService {

    private static final Set<MembershipRole> CHAIRS =
            EnumSet.of(MembershipRole.CHAIR, MembershipRole.VICE_CHAIR, MembershipRole.INDEPENDENT_CHAIR);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    MeetingService meetings;

    @EJB
    AuditTrail audit;

    @Inject
    PortalClock clock;

    @Inject
    Event<AgendaPublished> published;

    public ItemView addItem(long meetingId, ItemForm form) {
        Meeting meeting = meetings.managedMeeting(access.caller(), meetingId);
        ConflictException.requireVersion(meeting.getVersion(), form.version());
        InvalidInputException.require(meeting.getStatus() == MeetingStatus.SCHEDULED
                        || meeting.getStatus() == MeetingStatus.AGENDA_PUBLISHED,
                "Items can be added only before the meeting is held.");
        AgendaItem item = meeting.addItem(InvalidInputException.requireText(form.title(), "item's title", 500),
                purpose(form.purpose()));
        apply(item, form);
        if (meeting.agendaPublished()) {
            // Added after the agenda went out: a late item, numbered after the published ones.
            recordUrgency(item, form, true);
            long numbered = meeting.getItems().stream().filter(i -> i.getItemNumber() != null).count();
            item.number(MunicipalYear.itemNumber(meeting.getMunicipalYear(),
                    meetings.numberedBefore(meeting) + (int) numbered + 1));
        }
        touch(meeting);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "AgendaItem", item.getId(), item.getTitle(), Changes.of()
                .set("meeting", meetingId).set("title", item.getTitle()).set("accessLevel", item.getAccessLevel().name())
                .set("exemptParagraph", item.getExemptParagraph()).set("late", item.isLate()));
        return ItemView.full(item, item.getItemNumber());
    }

    public ItemView updateItem(long itemId, ItemForm form) {
        AgendaItem item = managedItem(itemId);
        ConflictException.requireVersion(item.getVersion(), form.version());
        Changes changes = Changes.of().field("title", item.getTitle(), form.title())
                .field("accessLevel", item.getAccessLevel().name(), form.accessLevel())
                .field("exemptParagraph", item.getExemptParagraph(), form.exemptParagraph());
        if (item.getStandardKind() == null) {
            item.describe(InvalidInputException.requireText(form.title(), "item's title", 500), purpose(form.purpose()),
                    InvalidInputException.optionalText(form.presenter(), "presenter", 300));
        }
        apply(item, form);
        if (form.urgencyReason() != null && !form.urgencyReason().isBlank()) {
            recordUrgency(item, form, true);
        }
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "AgendaItem", itemId, item.getTitle(), changes);
        return ItemView.full(item, item.getItemNumber());
    }

    public void removeItem(long itemId, Long version) {
        AgendaItem item = managedItem(itemId);
        ConflictException.requireVersion(item.getVersion(), version);
        Meeting meeting = item.getMeeting();
        InvalidInputException.require(!meeting.agendaPublished(),
                "The agenda is published: an item can no longer be removed, only withdrawn at the meeting.");
        meeting.removeItem(item);
        touch(meeting);
        Saving.flush(em);
        audit.record(AuditAction.DELETE, "AgendaItem", itemId, item.getTitle(), null);
    }

    /** Puts the agenda in a new order; the meeting's version guards against two secretaries at once. */
    public void reorder(long meetingId, Long version, List<Long> itemIds) {
        Meeting meeting = meetings.managedMeeting(access.caller(), meetingId);
        ConflictException.requireVersion(meeting.getVersion(), version);
        InvalidInputException.require(!meeting.agendaPublished(),
                "The agenda is published, so its numbering is fixed.");
        meeting.reorder(itemIds == null ? List.of() : itemIds);
        touch(meeting);
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Agenda reordered", null);
    }

    /**
     * Publishes the agenda on {@code publishedOn} (today if empty; an earlier day only to record an agenda that
     * went out before it was entered here). Under access-to-information rules a publication with fewer than five
     * clear working days' notice is refused unless every item carries an urgency reason agreed by the chair.
     */
    public MeetingView publishAgenda(long meetingId, Long version, LocalDate publishedOn) {
        Meeting meeting = meetings.managedMeeting(access.caller(), meetingId);
        ConflictException.requireVersion(meeting.getVersion(), version);
        LocalDate today = clock.today();
        LocalDate on = publishedOn == null ? today : publishedOn;
        InvalidInputException.require(!on.isAfter(today), "The publication date cannot be in the future.");
        InvalidInputException.require(on.isBefore(meeting.meetingDay()),
                "An agenda must be published before the day of the meeting.");
        if (meeting.getBody().isAccessToInformation()
                && !ClearDays.inTime(on, meeting.meetingDay(), ClearDays.AGENDA_NOTICE)) {
            List<String> withoutReason = meeting.getItems().stream()
                    .filter(i -> i.getStandardKind() == null && i.getUrgencyReason() == null)
                    .map(AgendaItem::getTitle).toList();
            InvalidInputException.require(withoutReason.isEmpty(), "Too late to publish: the agenda had to go out by "
                    + ClearDays.latestPublication(meeting.meetingDay(), ClearDays.AGENDA_NOTICE)
                    + " to give five clear working days' notice. Record the chair's reason for urgency on each "
                    + "item, or rearrange the meeting. Items without a reason: " + String.join("; ", withoutReason));
            meeting.getItems().stream().filter(i -> i.getStandardKind() == null).forEach(i -> i.markLate(
                    i.getUrgencyReason(), i.getUrgencyAgreedBy()));
        }
        int sequence = meetings.numberedBefore(meeting);
        for (AgendaItem item : meeting.getItems()) {
            if (item.numbered()) {
                item.number(MunicipalYear.itemNumber(meeting.getMunicipalYear(), ++sequence));
            }
        }
        meeting.publishAgenda(clock.now(), on);
        Saving.flush(em);
        published.fire(new AgendaPublished(meeting.getId(), meeting.getBody().getId()));
        audit.record(AuditAction.UPDATE, "Meeting", meetingId, "Agenda published",
                Changes.of().field("status", "SCHEDULED", "AGENDA_PUBLISHED").set("publishedOn", on));
        return meetings.getMeeting(meetingId);
    }

    private void apply(AgendaItem item, ItemForm form) {
        AccessLevel level = Choices.parseOr(AccessLevel.class, form.accessLevel(), item.getAccessLevel(),
                "Choose who may see the item.");
        Integer paragraph = form.exemptParagraph();
        InvalidInputException.require(level != AccessLevel.EXEMPT || (paragraph != null && paragraph >= 1 && paragraph <= 7),
                "An exempt item needs the paragraph of Schedule 12A (1 to 7) that makes it exempt.");
        Set<Agency> named = new HashSet<>(form.namedAgencyIds() == null && level == item.getAccessLevel()
                ? item.getNamedAgencies() : Set.of());
        for (Long id : form.namedAgencyIds() == null ? List.<Long>of() : form.namedAgencyIds()) {
            Agency agency = id == null ? null : em.find(Agency.class, id);
            InvalidInputException.require(agency != null, "Choose the named agencies from the list.");
            named.add(agency);
        }
        InvalidInputException.require(level != AccessLevel.RESTRICTED || !named.isEmpty(),
                "A restricted item must name at least one agency.");
        item.restrict(level, level == AccessLevel.EXEMPT ? paragraph : null,
                level == AccessLevel.EXEMPT ? InvalidInputException.optionalText(form.publicTitle(), "public title", 500)
                        : null, level == AccessLevel.RESTRICTED ? named : Set.of());
        if (item.getStandardKind() == null) {
            item.describe(item.getTitle(), item.getPurpose(),
                    InvalidInputException.optionalText(form.presenter(), "presenter", 300));
        }
    }

    private void recordUrgency(AgendaItem item, ItemForm form, boolean required) {
        String reason = InvalidInputException.optionalText(form.urgencyReason(), "reason for urgency", 2000);
        boolean rules = item.getMeeting().getBody().isAccessToInformation();
        if (reason == null) {
            InvalidInputException.require(!required || !rules, "This item is late: record the reason for urgency "
                    + "and the chair who agreed it.");
            item.markLate(null, null);
            return;
        }
        Person chair = form.urgencyAgreedBy() == null ? null : em.find(Person.class, form.urgencyAgreedBy());
        InvalidInputException.require(chair != null && chairs(item.getMeeting()).contains(chair.getId()),
                "The reason for urgency must be agreed by the body's chair or vice-chair; choose them.");
        item.markLate(reason, chair);
    }

    /** The people who may agree urgency for this body: its current chairs and vice-chairs. */
    private Set<Long> chairs(Meeting meeting) {
        LocalDate today = clock.today();
        return em.createQuery("select m from Membership m where m.body.id = :body", Membership.class)
                .setParameter("body", meeting.getBody().getId()).getResultStream()
                .filter(m -> m.isCurrentOn(today) && CHAIRS.contains(m.getRole()))
                .map(m -> m.getPerson().getId()).collect(Collectors.toSet());
    }

    private AgendaItem managedItem(long itemId) {
        return meetings.managedItem(access.caller(), itemId);
    }

    /** Any change to the agenda moves the meeting's version, so reorders and additions cannot cross. */
    private static void touch(Meeting meeting) {
        meeting.touchAgenda();
    }

    private static ItemPurpose purpose(String value) {
        return Choices.parseOr(ItemPurpose.class, value, ItemPurpose.INFORMATION,
                "Choose the item's purpose: information, decision or discussion.");
    }

}
