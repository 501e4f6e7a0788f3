package uk.partnership.portal.minutes;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A meeting's record as the caller may read it. */
public record MinutesRecord(long meetingId, String bodyName, LocalDateTime startsAt, String venue, String status,
                            String statusCode, Integer quorum, int presentVoting, boolean quorate,
                            List<AttendanceLine> attendance, boolean noDeclarations, List<DeclarationLine> declarations,
                            List<MinuteItem> items, LocalDate approvedAt, String movedBy) implements Serializable {

    private static final Map<String, Integer> CHAIR_FIRST = Map.of("Chair", 0, "Independent chair", 0, "Vice-chair", 1);
    private static final Set<String> PRESENT = Set.of("PRESENT", "SUBSTITUTE");

    /** {@code chairRole}: "Chair", "Vice-chair" or "Independent chair" for a member holding that seat, else null. */
    public record AttendanceLine(Long personId, String name, String agency, String kind, String kindLabel,
                                 String substituteFor, Long substituteForId, String note, String chairRole)
            implements Serializable {

        /** "Councillor M Ellis (Chair)", "Councillor A Bell (substitute for Councillor R Allen)". */
        public String shown() {
            StringBuilder line = new StringBuilder(name);
            if (chairRole != null) {
                line.append(" (").append(chairRole).append(")");
            }
            if (substituteFor != null) {
                line.append(" (substitute for ").append(substituteFor).append(")");
            }
            if (note != null && !note.isBlank()) {
                line.append(", ").append(note);
            }
            return line.toString();
        }
    }

    /** One heading of the attendance as minutes lay it out, with its people in order. */
    public record AttendanceGroup(String heading, List<String> people) implements Serializable {
    }

    public record DeclarationLine(String name, String itemNumber, String kind, String text) implements Serializable {
    }

    /** An item's minute; for an exempt item the reader may not see, only its number and paragraph. */
    public record MinuteItem(long itemId, String number, String title, boolean withheld, String text,
                             List<DecisionView> decisions) implements Serializable {
    }

    /**
     * Attendance as council minutes set it out: Present (the chair first, then the vice-chair, substitutes with the
     * member they stood for), Also in attendance (officers and guests), Apologies, Absent — empty headings left out.
     */
    public List<AttendanceGroup> groups() {
        List<AttendanceGroup> groups = new ArrayList<>();
        add(groups, "Present", attendance.stream().filter(a -> PRESENT.contains(a.kind()))
                .sorted(Comparator.comparing((AttendanceLine a) -> CHAIR_FIRST.getOrDefault(
                        a.chairRole() == null ? "" : a.chairRole(), 2))
                        .thenComparing(a -> "SUBSTITUTE".equals(a.kind()))).toList());
        add(groups, "Also in attendance", attendance.stream().filter(a -> "IN_ATTENDANCE".equals(a.kind())).toList());
        add(groups, "Apologies", attendance.stream().filter(a -> "APOLOGIES".equals(a.kind())).toList());
        add(groups, "Absent", attendance.stream().filter(a -> "ABSENT".equals(a.kind())).toList());
        return groups;
    }

    private static void add(List<AttendanceGroup> groups, String heading, List<AttendanceLine> lines) {
        if (!lines.isEmpty()) {
            groups.add(new AttendanceGroup(heading, lines.stream().map(AttendanceLine::shown).toList()));
        }
    }
}
