package uk.partnership.portal.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.minutes.MinutesRecord;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.web.support.PageActions;

/** The secretary's record of a meeting: held, who came, declarations, circulation and approval. */
@Named
@ViewScoped
public class RecordMeetingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingListQuery meetingLists;

    @Inject
    RecordService records;

    @Inject
    MinutesQueryService minutesQuery;

    @Inject
    BodyService bodies;

    @Inject
    uk.partnership.portal.minutes.ActionClosure closure;

    private List<uk.partnership.portal.action.ActionView> closable = List.of();
    private List<String> closeIds = new ArrayList<>();
    private Long closeItemId;

    /** One editable line: a member (personId set) or a substitute / officer / guest (name typed). */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;
        private Long personId;
        private String name;
        private String kind;
        private Long substituteFor;

        public Long getPersonId() {
            return personId;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public Long getSubstituteFor() {
            return substituteFor;
        }

        public void setSubstituteFor(Long substituteFor) {
            this.substituteFor = substituteFor;
        }
    }

    /** One declaration being entered. */
    public static class DeclarationLine implements Serializable {
        private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;
        private Long personId;
        private Long itemId;
        private String kind;
        private String text;

        public Long getPersonId() {
            return personId;
        }

        public void setPersonId(Long personId) {
            this.personId = personId;
        }

        public Long getItemId() {
            return itemId;
        }

        public void setItemId(Long itemId) {
            this.itemId = itemId;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    private String id;
    private MeetingView meeting;
    private List<DeclarationLine> declarationLines;
    private MinutesRecord record;
    private List<MemberView> members;
    private List<Line> memberLines;
    private List<Line> otherLines;
    private boolean noneDeclared;
    private Long approveAt;
    private Long movedBy;

    public void load() {
        if (meeting == null) {
            meeting = PageActions.loadOrNotFound(() -> {
                MeetingView found = meetings.getMeeting(PageActions.id(id));
                if (!found.mayManage()) {
                    throw new NotFoundException();
                }
                return found;
            });
            if (meeting != null) {
                refresh();
            }
        }
    }

    private void refresh() {
        meeting = meetings.getMeeting(meeting.id());
        record = minutesQuery.minutes(meeting.id());
        members = bodies.members(meeting.bodyId()).stream().filter(MemberView::current)
                .filter(m -> !"SECRETARY".equals(m.roleCode())).sorted(Comparator.comparing(MemberView::name)).toList();
        memberLines = new ArrayList<>();
        for (MemberView m : members) {
            Line line = new Line();
            line.personId = m.personId();
            line.name = m.name();
            line.kind = record.attendance().stream().filter(a -> m.personId() == (a.personId() == null ? -1 : a.personId()))
                    .map(MinutesRecord.AttendanceLine::kind).findFirst().orElse(null);
            memberLines.add(line);
        }
        otherLines = new ArrayList<>();
        for (MinutesRecord.AttendanceLine a : record.attendance()) {
            if (a.personId() == null || members.stream().noneMatch(m -> m.personId() == a.personId())) {
                Line line = new Line();
                line.personId = a.personId();
                line.name = a.name();
                line.kind = a.kind();
                line.substituteFor = a.substituteForId();
                otherLines.add(line);
            }
        }
        for (int i = 0; i < BLANK_LINES; i++) {
            otherLines.add(new Line());
        }
        closable = "DRAFT".equals(record.statusCode()) ? closure.closable(meeting.id()) : List.of();
        closeIds = new ArrayList<>();
        closeItemId = meeting.items().stream().filter(i -> "ACTION_LOG".equals(i.standardKind())).map(i -> i.id())
                .findFirst().orElse(null);
        noneDeclared = record.noDeclarations();
        declarationLines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            declarationLines.add(new DeclarationLine());
        }
    }

    public void markHeld() {
        if (PageActions.run(() -> records.markHeld(meeting.id(), meeting.version()))) {
            Messages.addGlobalInfo("Recorded as held. The minutes are now a draft.");
        }
        refresh();
    }

    public void saveAttendance() {
        List<RecordForms.AttendanceEntry> entries = new ArrayList<>();
        for (Line l : memberLines) {
            if (l.kind != null && !l.kind.isBlank()) {
                entries.add(new RecordForms.AttendanceEntry(l.personId, null, l.kind, null, null));
            }
        }
        for (Line l : otherLines) {
            if (l.name != null && !l.name.isBlank()) {
                entries.add(new RecordForms.AttendanceEntry(l.personId, l.name, l.kind == null ? "IN_ATTENDANCE" : l.kind,
                        l.substituteFor, null));
            }
        }
        if (PageActions.run(() -> records.recordAttendance(meeting.id(), meeting.version(), entries))) {
            Messages.addGlobalInfo("Attendance saved.");
            refresh();
        }
        // Refused: every line stays as typed, so the secretary fixes the one named and saves again.
    }

    /** Another blank line for a substitute, officer or guest; what is typed in the others stays. */
    public void addLine() {
        otherLines.add(new Line());
    }

    public void saveDeclarations() {
        List<RecordForms.DeclarationEntry> entries = declarationLines.stream()
                .filter(d -> d.personId != null || (d.text != null && !d.text.isBlank()))
                .map(d -> new RecordForms.DeclarationEntry(d.personId, d.itemId, d.kind, d.text)).toList();
        if (PageActions.run(() -> records.recordDeclarations(meeting.id(), meeting.version(), noneDeclared, entries))) {
            Messages.addGlobalInfo(noneDeclared ? "Recorded that no interests were declared." : "Declarations saved.");
            refresh();
        }
    }

    /** The meeting agrees to close actions: one resolution on the chosen item closes them all. */
    public void closeActions() {
        List<Long> ids = closeIds.stream().map(Long::valueOf).toList();
        var resolution = PageActions.attempt(() -> closure.closeAtMeeting(closeItemId == null ? -1 : closeItemId, ids));
        if (resolution != null) {
            Messages.addGlobalInfo("Recorded: " + resolution.text());
        }
        refresh();
    }

    public List<uk.partnership.portal.action.ActionView> getClosable() {
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

    public void circulate() {
        if (PageActions.run(() -> records.circulate(meeting.id(), meeting.version()))) {
            Messages.addGlobalInfo("The draft minutes are circulated to members.");
        }
        refresh();
    }

    public void approve() {
        if (PageActions.attempt(() -> records.approveMinutes(meeting.id(), meeting.version(),
                approveAt == null ? -1 : approveAt, movedBy)) != null) {
            Messages.addGlobalInfo("The minutes are approved as a correct record and locked.");
        }
        refresh();
    }

    public List<MeetingSummary> getLaterMeetings() {
        return meetingLists.listMeetings(meeting.bodyId(), meeting.startsAt().toLocalDate().plusDays(1), null);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public MinutesRecord getRecord() {
        return record;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public List<DeclarationLine> getDeclarationLines() {
        return declarationLines;
    }

    public List<Line> getMemberLines() {
        return memberLines;
    }

    public List<Line> getOtherLines() {
        return otherLines;
    }

    public boolean isNoneDeclared() {
        return noneDeclared;
    }

    public void setNoneDeclared(boolean noneDeclared) {
        this.noneDeclared = noneDeclared;
    }

    public Long getApproveAt() {
        return approveAt;
    }

    public void setApproveAt(Long approveAt) {
        this.approveAt = approveAt;
    }

    public Long getMovedBy() {
        return movedBy;
    }

    public void setMovedBy(Long movedBy) {
        this.movedBy = movedBy;
    }
}
