/** Pieces every feature uses: the base entity, the refusals, London's date. Names no feature. */
package uk.partnership.portal.shared;
