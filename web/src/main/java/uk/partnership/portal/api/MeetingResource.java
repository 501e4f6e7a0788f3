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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.meeting.AgendaService;
import uk.partnership.portal.meeting.CalendarService;
import uk.partnership.portal.meeting.ItemForm;
import uk.partnership.portal.meeting.ItemView;
import uk.partnership.portal.meeting.MeetingListQuery;
import uk.partnership.portal.meeting.MeetingService;
import uk.partnership.portal.meeting.MeetingSummary;
import uk.partnership.portal.meeting.MeetingView;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.minutes.MinutesRecord;
import uk.partnership.portal.minutes.RecordForms;
import uk.partnership.portal.minutes.RecordService;
import uk.partnership.portal.minutes.ReferralService;
import uk.partnership.portal.shared.InvalidInputException;

/** Meetings and their agendas; what the caller may not see is absent (exempt items show only as withheld). */
@ApplicationScoped
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

    public record Versioned(Long version) {
    }

    public record AttendanceRecord(Long version, List<RecordForms.AttendanceEntry> entries) {
    }

    public record DeclarationsRecord(Long version, boolean noneDeclared, List<RecordForms.DeclarationEntry> entries) {
    }

    public record Approval(Long version, Long atMeetingId, Long movedBy) {
    }

    @Inject
    RecordService records;

    @Inject
    MinutesQueryService minutesQuery;

    @Inject
    uk.partnership.portal.minutes.MinutesPdfService minutesPdf;

    @Inject
    MeetingService meetings;

    @Inject
    MeetingListQuery meetingLists;

    @Inject
    AgendaService agendas;

    @Inject
    CalendarService calendars;

    @Inject
    ReferralService referrals;

    @GET
    @Path("meetings")
    @Operation(summary = "Meetings the caller may see", description = "Filter by body id and by UK dates "
            + "(YYYY-MM-DD, inclusive); by default a year back and two years ahead.")
    public List<MeetingSummary> list(@QueryParam("body") Long body, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return meetingLists.listMeetings(body, ApiParams.date(from), ApiParams.date(to));
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

    @GET
    @Path("meetings/{id}/minutes")
    @Operation(summary = "The meeting's record: attendance, declarations, minutes and decisions",
            description = "Secretaries see drafts, members circulated minutes, everyone else approved minutes.")
    public MinutesRecord minutes(@PathParam("id") long id) {
        return minutesQuery.minutes(id);
    }

    @GET
    @Path("meetings/{id}/minutes.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The minutes as a tagged PDF, as the caller may read them")
    public Response minutesPdf(@PathParam("id") long id) {
        return PaperResource.download(new uk.partnership.portal.file.FileContent("minutes-" + id + ".pdf",
                "application/pdf", null, minutesPdf.minutesPdf(id)));
    }

    @POST
    @Path("meetings/{id}/held")
    @Operation(summary = "Record that the meeting was held; its minutes become a draft")
    public MinutesRecord held(@PathParam("id") long id, Versioned body) {
        records.markHeld(id, BodyResource.required(body).version());
        return minutesQuery.minutes(id);
    }

    @PUT
    @Path("meetings/{id}/attendance")
    public MinutesRecord attendance(@PathParam("id") long id, AttendanceRecord body) {
        AttendanceRecord a = BodyResource.required(body);
        records.recordAttendance(id, a.version(), a.entries());
        return minutesQuery.minutes(id);
    }

    @PUT
    @Path("meetings/{id}/declarations")
    public MinutesRecord declarations(@PathParam("id") long id, DeclarationsRecord body) {
        DeclarationsRecord d = BodyResource.required(body);
        records.recordDeclarations(id, d.version(), d.noneDeclared(), d.entries());
        return minutesQuery.minutes(id);
    }

    @POST
    @Path("agenda-items/{id}/decisions")
    @Operation(summary = "Record a resolution of the item", description = "A referral waits on the receiving body's "
            + "items to be placed until its secretary puts it on an agenda (meetings/{id}/referrals).")
    public Response decision(@PathParam("id") long id, RecordForms.DecisionEntry entry) {
        return Response.status(Response.Status.CREATED).entity(records.recordDecision(id, BodyResource.required(entry)))
                .build();
    }

    @GET
    @Path("meetings/{id}/referrals")
    @Operation(summary = "Referrals waiting for this meeting's body", description = "For the body's secretary.")
    public List<ReferralService.Waiting> referrals(@PathParam("id") long id) {
        return referrals.waitingFor(id);
    }

    public record Placement(Long decisionId) {
    }

    @POST
    @Path("meetings/{id}/referrals")
    @Operation(summary = "Place a waiting referral on this meeting's agenda, as an item for decision")
    public MeetingView placeReferral(@PathParam("id") long id, Placement body) {
        Placement p = BodyResource.required(body);
        InvalidInputException.require(p.decisionId() != null, "Say which referral to place (decisionId).");
        return referrals.place(id, p.decisionId());
    }

    @POST
    @Path("meetings/{id}/circulate")
    public MinutesRecord circulate(@PathParam("id") long id, Versioned body) {
        records.circulate(id, BodyResource.required(body).version());
        return minutesQuery.minutes(id);
    }

    @POST
    @Path("meetings/{id}/approve-minutes")
    @Operation(summary = "Approve the minutes as a correct record at a later meeting, moved by a member present")
    public DecisionView approve(@PathParam("id") long id, Approval body) {
        Approval a = BodyResource.required(body);
        InvalidInputException.require(a.atMeetingId() != null, "Say at which meeting the minutes were approved.");
        return records.approveMinutes(id, a.version(), a.atMeetingId(), a.movedBy());
    }

    @GET
    @Path("decisions")
    @Operation(summary = "The decisions register", description = "Filter by body id, kind, UK dates and text.")
    public List<DecisionView> decisions(@QueryParam("body") Long body, @QueryParam("kind") String kind,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("q") String q) {
        return minutesQuery.register(body, kind, ApiParams.date(from), ApiParams.date(to), q);
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
}
