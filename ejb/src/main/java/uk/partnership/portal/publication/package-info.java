/**
 * The statutory calendar: bank holidays in England and Wales, clear working days before meetings, municipal years.
 * Names no feature.
 */
package uk.partnership.portal.publication;
