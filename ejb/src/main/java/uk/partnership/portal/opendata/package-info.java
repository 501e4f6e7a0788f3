/**
 * Open data: the public record — public bodies, their meetings, published agendas' public items and papers, approved
 * minutes and decisions — for machines (a ModernGov-compatible web service and Atom feeds). Everything is read as a
 * member of the public ({@code access.ActingFor.thePublic}) through the features' own services, so it is cut by
 * exactly the rules of the public pages; exempt and non-public items are then left out altogether, not even named.
 * Above every feature; no feature reads it.
 */
package uk.partnership.portal.opendata;
