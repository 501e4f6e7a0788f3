package uk.partnership.portal.improvement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.action.AgencyOverdue;

/** Inspections, the plan, indicators, risks and the board's dashboard, as a reader may see them. */
public final class ImprovementViews {

    private ImprovementViews() {
    }

    /** A choice for a form's list. */
    public record Option(long id, String label) implements Serializable {
    }

    public record JudgementLine(String area, String judgement, String judgementLabel) implements Serializable {
    }

    public record FindingLine(long id, int number, String kind, String kindLabel, String text, List<ActionView> actions)
            implements Serializable {
    }

    public record InspectionView(long id, long bodyId, String bodyName, String kind, String kindLabel, String title,
                                 LocalDate startsOn, LocalDate endsOn, String focusAreas, String overall,
                                 String overallLabel, LocalDate letterPublishedOn, List<JudgementLine> judgements,
                                 List<FindingLine> findings) implements Serializable {
    }

    /** Where one of the plan's statements came from: an action's latest progress with its impact. */
    public record Statement(long actionId, String reference, LocalDate writtenOn, String progress, String impact)
            implements Serializable {
    }

    public record PriorityView(long id, int number, String title, String description, String finding, String rag,
                               String ragLabel, int red, int amber, int green, int blue, int overdue,
                               List<Statement> statements, List<IndicatorLine> indicators) implements Serializable {

        public int total() {
            return red + amber + green + blue;
        }
    }

    public record RevisionLine(int revision, LocalDate refreshedOn, String reason, String inspection)
            implements Serializable {
    }

    public record PlanView(long id, long version, long bodyId, String bodyName, String title, String period,
                           int revision, LocalDate refreshedOn, List<PriorityView> priorities,
                           List<RevisionLine> revisions, boolean mayManage) implements Serializable {
    }

    public record IndicatorLine(long id, String name, String unit, String polarity, BigDecimal target, Integer ratePer,
                                Integer population, String populationSource, long ownerAgencyId, String ownerAgency,
                                LocalDate latestAsAt, BigDecimal latestValue, BigDecimal latestRate, Boolean meetsTarget,
                                BigDecimal changeFromPrevious, boolean mayRecord) implements Serializable {
    }

    public record ValueLine(LocalDate asAt, BigDecimal value, BigDecimal rate, BigDecimal changeFromPrevious,
                            Boolean meetsTarget) implements Serializable {
    }

    public record IndicatorView(IndicatorLine indicator, List<ValueLine> values) implements Serializable {
    }

    public record RiskView(long id, long version, String title, String description, String owner, String ownerAgency,
                           int likelihood, int impact, int score, int appetite, boolean aboveAppetite,
                           LocalDate reviewOn, boolean reviewOverdue, boolean closed, List<ActionView> mitigations)
            implements Serializable {
    }

    /** The register and its 5×5 matrix: {@code matrix.get(0)} is impact 5, columns are likelihood 1 to 5. */
    public record RiskRegister(long bodyId, String bodyName, List<RiskView> risks, List<List<Integer>> matrix,
                               boolean mayManage) implements Serializable {
    }

    public record InspectionLine(long id, String kindLabel, String title, LocalDate startsOn, String overallLabel)
            implements Serializable {
    }

    public record Dashboard(PlanView plan, List<AgencyOverdue> overdueByAgency, List<IndicatorLine> indicators,
                            List<RiskView> risksAboveAppetite, List<InspectionLine> upcomingInspections,
                            List<InspectionLine> pastInspections) implements Serializable {
    }
}
