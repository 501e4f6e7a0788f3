/** Meetings of bodies, their agendas and the numbering of items per municipal year. */
package uk.partnership.portal.meeting;
