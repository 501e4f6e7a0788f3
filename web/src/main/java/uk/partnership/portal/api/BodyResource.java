package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.body.BodyAdminService;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyForm;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.BodySummary;
import uk.partnership.portal.body.MemberView;
import uk.partnership.portal.body.MembershipForm;
import uk.partnership.portal.body.MembershipService;
import uk.partnership.portal.meeting.CalendarService;
import uk.partnership.portal.meeting.MeetingForm;
import uk.partnership.portal.meeting.MeetingService;

/** Bodies and their members, as the caller's access allows. */
@ApplicationScoped
@Path("bodies")
@Tag(name = "Bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class BodyResource {

    @Inject
    BodyService bodies;

    @Inject
    BodyAdminService admin;

    @Inject
    MembershipService memberships;

    @Inject
    MeetingService meetings;

    @Inject
    CalendarService calendars;

    @Inject
    uk.partnership.portal.minutes.MinutesQueryService minutesQuery;

    @GET
    @Operation(summary = "Bodies the caller may see", description = "Anonymous callers see public bodies only.")
    public List<BodySummary> list() {
        return bodies.listBodies();
    }

    @POST
    @Operation(summary = "Set up a body (system administrators)")
    public Response create(BodyForm form) {
        return Response.status(Response.Status.CREATED).entity(admin.createBody(form)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One body", description = "404 when it does not exist or the caller may not see it.")
    public BodyDetail get(@PathParam("id") long id) {
        return bodies.getBody(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a body (system administrators)", description = "Send the version you read; "
            + "409 if someone saved in between.")
    public BodyDetail update(@PathParam("id") long id, BodyForm form) {
        return admin.updateBody(id, form);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a body with no seats or sub-bodies (system administrators)")
    public Response delete(@PathParam("id") long id) {
        admin.deleteBody(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    @Operation(summary = "Current and past members of a body")
    public List<MemberView> members(@PathParam("id") long id) {
        return bodies.members(id);
    }

    @POST
    @Path("{id}/members")
    @Operation(summary = "Add a seat (the body's secretaries and system administrators)")
    public Response addMember(@PathParam("id") long id, MembershipForm form) {
        return Response.status(Response.Status.CREATED).entity(memberships.addMember(id, required(form))).build();
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Schedule a meeting or a series (the body's secretaries)")
    public Response schedule(@PathParam("id") long id, MeetingForm form) {
        return Response.status(Response.Status.CREATED).entity(meetings.schedule(id, required(form))).build();
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "The body's meetings as a calendar feed to subscribe to")
    public Response calendar(@PathParam("id") long id) {
        return MeetingResource.ics(calendars.bodyFeed(id), "body-" + id + "-meetings.ics");
    }

    @GET
    @Path("{id}/attendance")
    @Operation(summary = "Attendance rates of a body's members and agencies",
            description = "Substitutes count as present for their member's agency, not for the member.")
    public uk.partnership.portal.minutes.AttendanceHistory attendanceHistory(@PathParam("id") long id) {
        return minutesQuery.attendanceHistory(id);
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new uk.partnership.portal.shared.InvalidInputException("Send the record as a JSON object.");
        }
        return body;
    }
}
