package uk.partnership.portal.action;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An action with everything its page shows: the resolution it came from and the one that closed it (when the
 * reader may see them), every update with its evidence, and what the reader may do.
 */
public record ActionDetail(long id, long version, String reference, long bodyId, String bodyName, String title,
                           String description, Long ownerPersonId, String ownerName, long ownerAgencyId,
                           String ownerAgency, LocalDate dueOn, String status, String statusLabel, String rag,
                           String ragLabel, String derivedRag, String ragOverrideReason, boolean overdue,
                           Resolution decision, Resolution closedBy, LocalDate closedOn, List<UpdateView> updates,
                           boolean mayUpdate, boolean mayEdit) implements Serializable {

    /** A progress update as read back. */
    public record UpdateView(long id, LocalDate writtenOn, String progress, String impact, String statusBefore,
                             String statusAfter, String author, String authorAgency, OffsetDateTime recordedAt,
                             List<EvidenceView> evidence) implements Serializable {
    }

    public record EvidenceView(long id, String fileName, String contentType, long sizeBytes, String sha256)
            implements Serializable {
    }
}
