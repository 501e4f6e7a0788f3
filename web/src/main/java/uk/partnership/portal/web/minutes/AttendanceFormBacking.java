package uk.partnership.portal.web.minutes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.minutes.KnownGuest;
import uk.partnership.portal.minutes.MinutesRecord;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;

/**
 * Who came: each member present, a substitute (for whom) or sending apologies, and any substitutes, officers and
 * guests by name. A refused save keeps every line as typed; "add another line" gives one more.
 */
@Named
@ViewScoped
public class AttendanceFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;

    @Inject
    RecordMeetingBacking page;

    @Inject
    RecordService records;

    private List<Line> memberLines = new ArrayList<>();
    private List<Line> otherLines = new ArrayList<>();

    /** One editable line: a member (personId set) or a substitute / officer / guest (name typed). */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
    private static final int BLANK_LINES = 3;
        private Long personId;
        private String name;
        private String kind;
        private Long substituteFor;
        private String note;

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

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

    /** The lines as recorded so far: one per current member, then the others, then a few blank ones. */
    @PostConstruct
    void fill() {
        MinutesRecord record = page.getRecord();
        if (record == null) {
            return;
        }
        memberLines = new ArrayList<>();
        for (MemberView m : page.getMembers()) {
            Line line = new Line();
            line.personId = m.personId();
            line.name = m.name();
            line.kind = record.attendance().stream().filter(a -> m.personId() == (a.personId() == null ? -1 : a.personId()))
                    .map(MinutesRecord.AttendanceLine::kind).findFirst().orElse(null);
            memberLines.add(line);
        }
        otherLines = new ArrayList<>();
        for (MinutesRecord.AttendanceLine a : record.attendance()) {
            if (a.personId() == null || page.getMembers().stream().noneMatch(m -> m.personId() == a.personId())) {
                Line line = new Line();
                line.personId = a.personId();
                line.name = a.name();
                line.kind = a.kind();
                line.substituteFor = a.substituteForId();
                line.note = a.note();
                otherLines.add(line);
            }
        }
        // A stable order whatever order they were typed in: substitutes first, then officers and guests, by name.
        otherLines.sort(Comparator.comparing((Line l) -> !"SUBSTITUTE".equals(l.kind))
                .thenComparing(l -> l.name == null ? "" : l.name, String.CASE_INSENSITIVE_ORDER));
        for (int i = 0; i < BLANK_LINES; i++) {
            otherLines.add(new Line());
        }
    }

    public void save() {
        List<RecordForms.AttendanceEntry> entries = new ArrayList<>();
        for (Line l : memberLines) {
            if (l.kind != null && !l.kind.isBlank()) {
                entries.add(new RecordForms.AttendanceEntry(l.personId, null, l.kind, null, null));
            }
        }
        for (Line l : otherLines) {
            if (l.name != null && !l.name.isBlank()) {
                entries.add(new RecordForms.AttendanceEntry(l.personId, l.name, l.kind == null ? "IN_ATTENDANCE" : l.kind,
                        l.substituteFor, l.note));
            }
        }
        if (page.saved(() -> records.recordAttendance(page.getMeeting().id(), page.getMeeting().version(), entries),
                "Attendance saved.")) {
            fill();
        }
        // Refused: every line stays as typed, so the secretary fixes the one named and saves again.
    }

    /** Another blank line for a substitute, officer or guest; what is typed in the others stays. */
    public void addLine() {
        otherLines.add(new Line());
    }

    private List<KnownGuest> knownGuests;

    /** Offered as the name is typed: people recorded by name at the body's earlier meetings. */
    public List<KnownGuest> getKnownGuests() {
        if (knownGuests == null) {
            knownGuests = page.getMeeting() == null ? List.of() : records.knownGuests(page.getMeeting().id());
        }
        return knownGuests;
    }

    public List<Line> getMemberLines() {
        return memberLines;
    }

    public List<Line> getOtherLines() {
        return otherLines;
    }
}
