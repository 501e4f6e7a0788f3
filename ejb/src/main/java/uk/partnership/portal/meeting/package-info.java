/**
 * Meetings of bodies, their agendas and the numbering of items per municipal year. Above the action log: it puts
 * the action log on agendas being built when a body gains an action, and shows matters arising.
 *
 * <p>{@code MeetingService} schedules, rearranges and cancels and reads one meeting; {@code AgendaService} builds and
 * publishes agendas; {@code MeetingListQuery} lists meetings (a body's by municipal year, the calendar, agenda
 * deadlines) for each reader.
 */
package uk.partnership.portal.meeting;
