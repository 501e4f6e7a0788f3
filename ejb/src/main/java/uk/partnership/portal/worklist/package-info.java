/**
 * The work list: what waits for one person across every feature (their next meetings and papers, their agency's
 * actions falling due, minutes to read, and for a secretary what to publish, record, circulate and place). The top
 * of the package graph: it reads every feature through their scoped queries and nothing depends on it.
 */
package uk.partnership.portal.worklist;
