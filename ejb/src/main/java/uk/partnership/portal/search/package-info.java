/**
 * Search across everything a person may see: one tsvector row per record kept by the database's triggers, and each
 * kind's own visibility rule joined inside the query, so totals, counts and snippets show nothing hidden. On top of
 * the package graph: it reads every feature's rule; no feature reads it.
 */
package uk.partnership.portal.search;
