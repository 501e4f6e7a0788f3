/**
 * The improvement board's thread: inspections and findings, the plan and its priorities, indicators, risks, the
 * dashboard and the board report. At the top with scrutiny: it owns its links to actions and answers the action log
 * about them ({@code PlanActionLinks}).
 *
 * <p>One service per sub-concept: {@code InspectionService}, {@code PlanService}, {@code IndicatorService},
 * {@code RiskService}, and {@code PlanSummaryQuery} for the dashboard; {@code BoardReportService} prints it. Who reads
 * and keeps board papers is written once in {@code BoardPapers}; a plan's summary ({@code PlanSummary}) and indicator
 * lines ({@code IndicatorLines}) are assembled once. Those three are CDI helpers running in the calling service's
 * transaction. {@code RiskForm}, {@code RiskAssessment} and {@code IndicatorForm} carry their rules as Bean
 * Validation constraints, checked field by field on the page and as a whole by the service for page and API alike.
 */
package uk.partnership.portal.improvement;
