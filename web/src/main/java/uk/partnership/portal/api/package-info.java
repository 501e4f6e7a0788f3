/** The JSON API under /api/v1: resources call the same EJB services as the pages. */
package uk.partnership.portal.api;
