/**
 * E-mail notifications. Events of the features (an agenda published, draft minutes circulated, an action assigned)
 * are written as rows of an outbox in the transaction that makes them; a scheduled sender delivers them through
 * SMTP with retries, writing each message for its recipient at the moment it is sent with the same access rules
 * as the pages ({@code access.ActingFor}), and never naming an exempt or restricted item. Above every feature;
 * nothing depends on it.
 */
package uk.partnership.portal.notification;
