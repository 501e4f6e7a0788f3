/**
 * Meetings of bodies, their agendas and the numbering of items per municipal year. Above the action log: it puts
 * the action log on agendas being built when a body gains an action, and shows matters arising.
 */
package uk.partnership.portal.meeting;
