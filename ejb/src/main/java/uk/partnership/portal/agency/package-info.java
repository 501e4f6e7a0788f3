/** Partner agencies: who the people on a body represent. */
package uk.partnership.portal.agency;
