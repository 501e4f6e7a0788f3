package uk.partnership.portal.paper;

import java.io.Serializable;
import java.time.LocalDate;

/** The header and body of a committee report as the secretary enters it. */
public record PaperForm(String reportOf, String submittedTo, LocalDate reportDate, String title, String reportFor,
                        Boolean keyDecision, Boolean urgent, String strategicPriority, String protectiveMarking,
                        String summary, String recommendations, String backgroundPapers, Long version)
        implements Serializable {
}
