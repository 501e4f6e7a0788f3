/**
 * Pieces every feature uses: the base entity, the refusals, London's zone and the one clock ({@code PortalClock},
 * the only reader of the system time), and {@code FormCheck}, which holds forms to their Bean Validation rules with
 * the same words for pages and API. Names no feature.
 */
package uk.partnership.portal.shared;
