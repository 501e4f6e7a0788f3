/** Statutory publication rules: bank holidays in England and Wales and clear working days before meetings. */
package uk.partnership.portal.publication;
