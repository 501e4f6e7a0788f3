/**
 * Committee reports and their files, and the agenda pack built for each reader. Above meetings and the action log
 * (the pack shows matters arising); the minutes use its tagged-PDF writer.
 */
package uk.partnership.portal.paper;
