/**
 * The action log: actions with owners, due dates, derived RAG ratings, progress reports and evidence. The lowest
 * business feature: it keeps what an action carries out (a resolution, a scrutiny recommendation, a plan priority,
 * an inspection finding) by id, asks the owning feature through {@link uk.partnership.portal.action.ActionLinks},
 * and announces a new action with an event, so it names no feature above it.
 *
 * <p>{@code ActionLogQuery} reads (pages, exports, overdue by agency, one action, the actions open at a meeting),
 * {@code ActionChanges} is the secretary's (create, edit, close by resolution), {@code ProgressReporting} the owner's
 * (updates and evidence). {@code ActionRules} holds who sees, changes and reports on an action; lists filter in SQL
 * with {@code ActionQuery}, which takes its visibility from {@code body.WorkingRecords}.
 */
package uk.partnership.portal.action;
