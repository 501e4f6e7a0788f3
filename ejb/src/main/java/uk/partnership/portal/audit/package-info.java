/**
 * The append-only, hash-chained audit trail: who did what, when and from where. Sits just above access: the
 * actor comes from the caller (username and agency included), so the trail needs no account or agency classes.
 */
package uk.partnership.portal.audit;
