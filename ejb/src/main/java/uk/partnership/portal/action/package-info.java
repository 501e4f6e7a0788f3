/**
 * The action log: actions with owners, due dates, derived RAG ratings, progress reports and evidence. The lowest
 * business feature: it keeps what an action carries out (a resolution, a scrutiny recommendation, a plan priority,
 * an inspection finding) by id, asks the owning feature through {@link uk.partnership.portal.action.ActionLinks},
 * and announces a new action with an event, so it names no feature above it.
 */
package uk.partnership.portal.action;
