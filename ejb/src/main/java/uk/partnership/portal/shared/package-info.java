/** Pieces every feature uses: the base entity and the not-found answer. */
package uk.partnership.portal.shared;
