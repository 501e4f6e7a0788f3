package uk.partnership.portal.paper;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A paper as a reader who may see its item reads it, with its current and earlier files. */
public record PaperView(long id, long version, long itemId, long meetingId, String reportOf, String submittedTo,
                        LocalDate reportDate, String title, String reportFor, boolean keyDecision, boolean urgent,
                        String strategicPriority, String protectiveMarking, String summary, String recommendations,
                        String backgroundPapers, boolean late, List<FileView> files) implements Serializable {

    /** One file; {@code superseded} files are earlier versions kept for the record. */
    public record FileView(long id, String fileName, String contentType, long sizeBytes, String sha256, int revision,
                           boolean superseded, boolean late, java.time.OffsetDateTime addedAt)
            implements Serializable {
    }
}
