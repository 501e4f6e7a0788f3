/**
 * The improvement board's thread: inspections and findings, the plan and its priorities, indicators, risks, the
 * dashboard and the board report. At the top with scrutiny: it owns its links to actions and answers the action log
 * about them ({@code PlanActionLinks}).
 */
package uk.partnership.portal.improvement;
