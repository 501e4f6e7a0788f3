package uk.partnership.portal.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.ActingFor;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.minutes.MinutesRecord;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.NotFoundException;

/**
 * The public record as open-data clients read it. Every call is made as a member of the public; what that hides is
 * absent here too, and an item that is not public (an exempt item's public title included) is dropped entirely.
 */
@Stateless
@PermitAll
public class PublicRecord {

    @EJB
    BodyService bodies;

    @EJB
    MeetingListQuery meetingList;

    @EJB
    MeetingService meetings;

    @EJB
    MinutesQueryService minutes;

    @EJB
    PaperService papers;

    @jakarta.inject.Inject
    uk.partnership.portal.shared.PortalClock clock;

    /** A public body. */
    public record Committee(long id, String title, String category) implements Serializable {
    }

    /** A meeting of a public body, in a list. */
    public record MeetingLine(long id, long committeeId, String committeeTitle, LocalDateTime startsAt,
                              boolean cancelled, boolean agendaPublished, boolean minutesPublished)
            implements Serializable {
    }

    /** A body's meetings in a date range. */
    public record CommitteeMeetings(Committee committee, List<MeetingLine> meetings) implements Serializable {
    }

    /** A published paper's file. */
    public record Document(long attachmentId, String title, String fileName, LocalDate publishedOn)
            implements Serializable {
    }

    /** A public item of a published agenda, with its approved minute and decisions. */
    public record Item(long id, String title, String purpose, String minuteHtml, List<String> decisions,
                       List<Document> documents) implements Serializable {
    }

    /** Who attended (approved minutes) or who is expected (the body's current members). */
    public record Attendee(long personId, String name, String role, String attendance) implements Serializable {
    }

    /** One meeting in full, as far as it is public. */
    public record MeetingRecord(MeetingLine line, String location, LocalDate agendaPublishedOn,
                                boolean decisionsPublished, LocalDate minutesApprovedOn, List<Item> items,
                                List<Attendee> attendees)
            implements Serializable {
    }

    /** A body's member, as the public reads its membership. */
    public record Member(long personId, String name, String role, String agency) implements Serializable {
    }

    /** A public paper's file. */
    public record Attachment(long id, long meetingId, String title, String fileName, LocalDate publishedOn)
            implements Serializable {
    }

    /** One entry of a feed: an agenda published, minutes approved or a decision, on the day it happened. */
    public record FeedEntry(String key, String kind, String title, String summary, LocalDate on, long meetingId)
            implements Serializable {
    }

    /**
     * What happened lately on the public record, newest first: agendas published, minutes approved and the decisions
     * they record, of one public body or of all; the {@code meetings} latest meetings with a published agenda are read.
     */
    public List<FeedEntry> feed(Long committeeId, int meetingsRead) {
        return ActingFor.thePublic(() -> {
            LocalDate today = clock.today();
            List<MeetingLine> published = (committeeId == null ? allMeetings(null, today.plusYears(1))
                    .stream().flatMap(c -> c.meetings().stream()).toList()
                    : meetings(committeeId, null, today.plusYears(1))
                    .map(CommitteeMeetings::meetings).orElse(List.of()))
                    .stream().filter(MeetingLine::agendaPublished)
                    .sorted(Comparator.comparing(MeetingLine::startsAt).reversed())
                    .limit(meetingsRead).toList();
            Set<Long> open = openCommittees();
            List<FeedEntry> entries = new ArrayList<>();
            for (MeetingLine m : published) {
                Optional<MeetingRecord> record = record(m.id(), open, false);
                LocalDate publishedOn = record.map(MeetingRecord::agendaPublishedOn).orElse(null);
                if (publishedOn == null) {
                    continue;
                }
                String when = m.startsAt().toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu",
                        java.util.Locale.UK));
                entries.add(new FeedEntry("meeting/" + m.id() + "/agenda", "Agenda published",
                        "Agenda published: " + m.committeeTitle() + ", " + when,
                        "The agenda and public papers of the meeting of " + m.committeeTitle() + " on " + when + ".",
                        publishedOn, m.id()));
                if (record.get().minutesApprovedOn() == null) {
                    continue;
                }
                LocalDate approved = record.get().minutesApprovedOn();
                entries.add(new FeedEntry("meeting/" + m.id() + "/minutes", "Minutes approved",
                        "Minutes approved: " + m.committeeTitle() + ", " + when,
                        "The minutes of the meeting of " + m.committeeTitle() + " on " + when
                                + " were approved as a correct record.", approved, m.id()));
                int n = 0;
                for (Item item : record.get().items()) {
                    for (String decision : item.decisions()) {
                        entries.add(new FeedEntry("meeting/" + m.id() + "/item/" + item.id() + "/decision/" + n++,
                                "Decision", "Decision: " + m.committeeTitle() + ", " + when + ": " + item.title(),
                                decision, approved, m.id()));
                    }
                }
            }
            entries.sort(Comparator.comparing(FeedEntry::on).reversed());
            return entries;
        });
    }

    public List<Committee> committees() {
        return ActingFor.thePublic(() -> bodies.listBodies().stream()
                .filter(b -> AccessLevel.PUBLIC.label().equals(b.accessLevel()))
                .map(PublicRecord::committee).toList());
    }

    /** The body's meetings from {@code from} to {@code to} (either may be null: no bound); empty if not public. */
    public Optional<CommitteeMeetings> meetings(long committeeId, LocalDate from, LocalDate to) {
        return ActingFor.thePublic(() -> committees().stream().filter(c -> c.id() == committeeId).findFirst()
                .map(c -> new CommitteeMeetings(c, lines(committeeId, from, to))));
    }

    /** Every public body's meetings in the range, body by body. */
    public List<CommitteeMeetings> allMeetings(LocalDate from, LocalDate to) {
        return ActingFor.thePublic(() -> {
            Map<Long, Committee> open = new LinkedHashMap<>();
            committees().forEach(c -> open.put(c.id(), c));
            Map<Long, List<MeetingLine>> byBody = new LinkedHashMap<>();
            for (MeetingLine line : lines(null, from, to)) {
                if (open.containsKey(line.committeeId())) {
                    byBody.computeIfAbsent(line.committeeId(), k -> new ArrayList<>()).add(line);
                }
            }
            return byBody.entrySet().stream().map(e -> new CommitteeMeetings(open.get(e.getKey()), e.getValue()))
                    .toList();
        });
    }

    public Optional<MeetingRecord> meeting(long meetingId) {
        return ActingFor.thePublic(() -> record(meetingId, openCommittees(), true));
    }

    /**
     * A meeting of one of the {@code open} bodies as far as it is public (called as the public); {@code full} adds its
     * papers and its attendees or expected members, which the feeds do not need.
     */
    private Optional<MeetingRecord> record(long meetingId, Set<Long> open, boolean full) {
        MeetingView view;
        try {
            view = meetings.getMeeting(meetingId);
        } catch (NotFoundException | ForbiddenException e) {
            return Optional.empty();
        }
        if (!open.contains(view.bodyId())) {
            return Optional.empty();
        }
        MeetingLine line = lines(view.bodyId(), view.startsAt().toLocalDate(), view.startsAt().toLocalDate())
                .stream().filter(l -> l.id() == meetingId).findFirst().orElseThrow(NotFoundException::new);
        MinutesRecord record = line.minutesPublished() ? approvedMinutes(meetingId) : null;
        Map<Long, MinutesRecord.MinuteItem> minuteOf = new LinkedHashMap<>();
        if (record != null) {
            record.items().stream().filter(i -> !i.withheld()).forEach(i -> minuteOf.put(i.itemId(), i));
        }
        Map<Long, List<PaperView>> papersByItem = full && line.agendaPublished()
                ? papers.papersOfMeeting(meetingId) : Map.of();
        List<Item> items = new ArrayList<>();
        if (line.agendaPublished()) {
            for (ItemView i : view.items()) {
                if (!isPublic(i)) {
                    continue;
                }
                MinutesRecord.MinuteItem minute = minuteOf.get(i.id());
                List<Document> documents = new ArrayList<>();
                for (PaperView p : papersByItem.getOrDefault(i.id(), List.of())) {
                    p.files().stream().filter(f -> !f.superseded()).forEach(f -> documents.add(new Document(f.id(),
                            p.title(), f.fileName(), view.agendaPublishedOn())));
                }
                items.add(new Item(i.id(), i.title(), i.purpose(),
                        minute == null || minute.text() == null || minute.text().isBlank() ? null : minute.text(),
                        minute == null ? List.of() : minute.decisions().stream().map(DecisionView::text).toList(),
                        documents));
            }
        }
        List<Attendee> attendees = !full ? List.of() : record != null ? record.attendance().stream()
                .map(a -> new Attendee(a.personId() == null ? 0 : a.personId(), a.name(),
                        a.chairRole() != null ? a.chairRole() : a.substituteFor() != null
                                ? "Substitute for " + a.substituteFor()
                                : "IN_ATTENDANCE".equals(a.kind()) ? "Officer or guest" : "Member", a.kindLabel()))
                .toList() : currentMembers(view.bodyId()).stream()
                .map(m -> new Attendee(m.personId(), m.name(), m.role(), "Expected")).toList();
        return Optional.of(new MeetingRecord(line, view.venue(), view.agendaPublishedOn(),
                items.stream().anyMatch(i -> !i.decisions().isEmpty()),
                record == null ? null : record.approvedAt(), items, attendees));
    }

    /** The body's current members as the public reads them; empty when the body is not public. */
    public Optional<List<Member>> members(long committeeId) {
        return ActingFor.thePublic(() -> openCommittees().contains(committeeId)
                ? Optional.of(currentMembers(committeeId)) : Optional.<List<Member>>empty());
    }

    private List<Member> currentMembers(long bodyId) {
        try {
            return bodies.members(bodyId).stream().filter(MemberView::current)
                    .map(m -> new Member(m.personId(), m.name(), m.role(), m.agency())).toList();
        } catch (NotFoundException | ForbiddenException e) {
            return List.of();
        }
    }

    /** A current file of a public paper of a public meeting, found through its meeting's published agenda. */
    public Optional<Attachment> attachment(long attachmentId) {
        return ActingFor.thePublic(() -> {
            long meetingId;
            try {
                meetingId = papers.meetingOfAttachment(attachmentId);
            } catch (NotFoundException | ForbiddenException e) {
                return Optional.<Attachment>empty();
            }
            return record(meetingId, openCommittees(), true).flatMap(m -> m.items().stream()
                    .flatMap(i -> i.documents().stream()).filter(d -> d.attachmentId() == attachmentId).findFirst()
                    .map(d -> new Attachment(d.attachmentId(), meetingId, d.title(), d.fileName(), d.publishedOn())));
        });
    }

    private Set<Long> openCommittees() {
        return committees().stream().map(Committee::id).collect(java.util.stream.Collectors.toSet());
    }

    /** An item is open data only when it is public: exempt items are left out, their public titles too. */
    private static boolean isPublic(ItemView item) {
        return !item.withheld() && (item.standardKind() != null || "PUBLIC".equals(item.accessLevelCode()));
    }

    private MinutesRecord approvedMinutes(long meetingId) {
        try {
            MinutesRecord record = minutes.minutes(meetingId);
            return "APPROVED".equals(record.statusCode()) ? record : null;
        } catch (NotFoundException | ForbiddenException e) {
            return null;
        }
    }

    private List<MeetingLine> lines(Long bodyId, LocalDate from, LocalDate to) {
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(2100, 1, 1) : to;
        return meetingList.listMeetings(bodyId, start, end).stream().map(PublicRecord::line)
                .sorted(Comparator.comparing(MeetingLine::startsAt)).toList();
    }

    private static MeetingLine line(MeetingSummary m) {
        return new MeetingLine(m.id(), m.bodyId(), m.bodyName(), m.startsAt(), "CANCELLED".equals(m.statusCode()),
                m.agendaOut(), m.minutesApproved());
    }

    private static Committee committee(BodySummary b) {
        return new Committee(b.id(), b.name(), b.kind());
    }
}
