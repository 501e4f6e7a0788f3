package uk.partnership.portal.action;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of an action log: the action, its colour and its latest progress. */
public record ActionView(long id, String reference, long bodyId, String bodyShortName, String title, String ownerName,
                         long ownerAgencyId, String ownerAgency, LocalDate dueOn, String status, String statusLabel,
                         String rag, String ragLabel, boolean overdue, LocalDate latestOn, String latestProgress,
                         String latestImpact) implements Serializable {
}
