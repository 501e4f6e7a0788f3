package uk.partnership.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.meeting.AgendaService;
import uk.partnership.portal.meeting.CalendarService;
import uk.partnership.portal.meeting.ItemForm;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.shared.InvalidInputException;

/** Meetings and their agendas; what the caller may not see is absent (exempt items show only as withheld). */
@Path("")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeetingResource {

    public record Publication(Long version, LocalDate publishedOn) {
    }

    public record Cancellation(Long version, String reason) {
    }

    public record Rearrangement(Long version, LocalDateTime startsAt, String reason) {
    }

    public record Order(Long version, List<Long> itemIds) {
    }

    @Inject
    MeetingService meetings;

    @Inject
    AgendaService agendas;

    @Inject
    CalendarService calendars;

    @GET
    @Path("meetings")
    @Operation(summary = "Meetings the caller may see", description = "Filter by body id and by UK dates "
            + "(YYYY-MM-DD, inclusive); by default a year back and two years ahead.")
    public List<MeetingSummary> list(@QueryParam("body") Long body, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return meetings.listMeetings(body, date(from), date(to));
    }

    @GET
    @Path("meetings/{id}")
    @Operation(summary = "A meeting with its agenda as the caller may see it")
    public MeetingView get(@PathParam("id") long id) {
        return meetings.getMeeting(id);
    }

    @GET
    @Path("meetings/{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The meeting as an iCalendar event")
    public Response calendar(@PathParam("id") long id) {
        return ics(calendars.meeting(id), "meeting-" + id + ".ics");
    }

    static Response ics(String calendar, String fileName) {
        return Response.ok(calendar, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("meetings/{id}/items")
    @Operation(summary = "Add an agenda item (the body's secretaries)", description = "Send the meeting's version.")
    public Response addItem(@PathParam("id") long id, ItemForm form) {
        return Response.status(Response.Status.CREATED).entity(agendas.addItem(id, BodyResource.required(form))).build();
    }

    @PUT
    @Path("meetings/{id}/order")
    @Operation(summary = "Reorder the agenda (before publication)")
    public MeetingView reorder(@PathParam("id") long id, Order order) {
        Order o = BodyResource.required(order);
        agendas.reorder(id, o.version(), o.itemIds());
        return meetings.getMeeting(id);
    }

    @POST
    @Path("meetings/{id}/publish")
    @Operation(summary = "Publish the agenda", description = "Refused inside five clear working days for bodies "
            + "under access-to-information rules unless every item carries the chair's reason for urgency.")
    public MeetingView publish(@PathParam("id") long id, Publication publication) {
        Publication p = BodyResource.required(publication);
        return agendas.publishAgenda(id, p.version(), p.publishedOn());
    }

    @POST
    @Path("meetings/{id}/cancel")
    public MeetingSummary cancel(@PathParam("id") long id, Cancellation cancellation) {
        Cancellation c = BodyResource.required(cancellation);
        return meetings.cancel(id, c.version(), c.reason());
    }

    @POST
    @Path("meetings/{id}/rearrange")
    public MeetingSummary rearrange(@PathParam("id") long id, Rearrangement rearrangement) {
        Rearrangement r = BodyResource.required(rearrangement);
        return meetings.rearrange(id, r.version(), r.startsAt(), r.reason());
    }

    @PUT
    @Path("agenda-items/{id}")
    public ItemView updateItem(@PathParam("id") long id, ItemForm form) {
        return agendas.updateItem(id, BodyResource.required(form));
    }

    @DELETE
    @Path("agenda-items/{id}")
    public Response removeItem(@PathParam("id") long id, @QueryParam("version") Long version) {
        agendas.removeItem(id, version);
        return Response.noContent().build();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("Give dates as YYYY-MM-DD.");
        }
    }
}
