/** The access policy: who the caller is and what their memberships let them see. */
package uk.partnership.portal.access;
