package uk.partnership.portal.improvement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What secretaries and agencies send about inspections, the plan and indicator values ({@link RiskForm} and
 * {@link IndicatorForm} are forms of their own, bound by the pages). */
public final class ImprovementForms {

    private ImprovementForms() {
    }

    public record AreaEntry(String area, String judgement) implements Serializable {
    }

    public record FindingEntry(String kind, String text) implements Serializable {
    }

    public record InspectionEntry(String kind, String title, LocalDate startsOn, LocalDate endsOn, String focusAreas,
                                  String overall, LocalDate letterPublishedOn, List<AreaEntry> judgements,
                                  List<FindingEntry> findings) implements Serializable {
    }

    public record PriorityEntry(String title, String description, Long findingId) implements Serializable {
    }

    public record PlanEntry(String title, String period, List<PriorityEntry> priorities) implements Serializable {
    }

    public record Refresh(String reason, Long inspectionId, Long version) implements Serializable {
    }

    public record ValueEntry(LocalDate asAt, BigDecimal value) implements Serializable {
    }
}
