/** The append-only, hash-chained audit trail: who did what, when and from where. */
package uk.partnership.portal.audit;
