package uk.partnership.portal.minutes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A meeting's record as the caller may read it. */
public record MinutesRecord(long meetingId, String bodyName, String status, String statusCode, Integer quorum,
                            int presentVoting, boolean quorate, List<AttendanceLine> attendance,
                            boolean noDeclarations, List<DeclarationLine> declarations, List<MinuteItem> items,
                            LocalDate approvedAt, String movedBy) implements Serializable {

    public record AttendanceLine(Long personId, String name, String agency, String kind, String kindLabel,
                                 String substituteFor, Long substituteForId, String note) implements Serializable {
    }

    public record DeclarationLine(String name, String itemNumber, String kind, String text) implements Serializable {
    }

    /** An item's minute; for an exempt item the reader may not see, only its number and paragraph. */
    public record MinuteItem(long itemId, String number, String title, boolean withheld, String text,
                             List<DecisionView> decisions) implements Serializable {
    }
}
