package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.action.ActionChanges;
import uk.partnership.portal.action.ActionDetail;
import uk.partnership.portal.action.ActionExport;
import uk.partnership.portal.action.ActionFilter;
import uk.partnership.portal.action.ActionForm;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionPage;
import uk.partnership.portal.action.AgencyOverdue;
import uk.partnership.portal.action.ProgressReporting;
import uk.partnership.portal.action.UpdateForm;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.web.support.Downloads;
import uk.partnership.portal.web.support.Uploads;

/**
 * The action log. Each action is visible to its body's members and to the owning agency only; anyone else, the
 * public included, gets an empty list or 404 — the same rules as the pages, decided in the services.
 */
@ApplicationScoped
@Path("")
@Tag(name = "Actions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ActionResource {

    public record Closure(List<Long> actionIds) {
    }

    @Inject
    ActionLogQuery actions;

    @Inject
    ActionChanges actionChanges;

    @Inject
    ProgressReporting progress;

    @Inject
    uk.partnership.portal.minutes.ActionClosure closing;

    @Inject
    uk.partnership.portal.meeting.MattersArising arising;

    @Inject
    ActionExport export;

    @GET
    @Path("actions")
    @Operation(summary = "Actions the caller may see", description = "Filters: body, agency (owning agency id), "
            + "status (a status or OPEN), rag (RED, AMBER, GREEN, BLUE), overdue, dueThisMonth, whose (ME or MY_AGENCY), "
            + "q (words in the title or reference), priority (an improvement plan priority). Paged by first and size (at most 200), in due-date order.")
    public ActionPage list(@QueryParam("body") Long body, @QueryParam("agency") Long agency,
                           @QueryParam("status") String status, @QueryParam("rag") String rag,
                           @QueryParam("overdue") boolean overdue, @QueryParam("dueThisMonth") boolean dueThisMonth,
                           @QueryParam("whose") String whose, @QueryParam("q") String words,
                           @QueryParam("priority") Long priority,
                           @QueryParam("first") int first, @QueryParam("size") Integer size) {
        return actions.list(new ActionFilter(body, agency, status, rag, overdue, dueThisMonth, whose, words, priority), first,
                size == null ? 50 : size);
    }

    @GET
    @Path("actions/export.{format:csv|xlsx}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The same list as a CSV or Excel download", description = "Cells that would start a "
            + "formula (=, +, -, @) are prefixed with an apostrophe.")
    public Response export(@PathParam("format") String format, @QueryParam("body") Long body,
                           @QueryParam("agency") Long agency, @QueryParam("status") String status,
                           @QueryParam("rag") String rag, @QueryParam("overdue") boolean overdue,
                           @QueryParam("dueThisMonth") boolean dueThisMonth, @QueryParam("whose") String whose,
                           @QueryParam("q") String words) {
        ActionFilter filter = new ActionFilter(body, agency, status, rag, overdue, dueThisMonth, whose, words);
        actions.list(filter, 0, 1); // a bad filter is refused here, before any of the file is sent
        boolean csv = format.equals("csv");
        StreamingOutput out = stream -> {
            if (csv) {
                export.csv(filter, stream);
            } else {
                export.xlsx(filter, stream);
            }
        };
        return Response.ok(out, csv ? "text/csv; charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", Downloads.contentDisposition("action-log." + format))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("actions/overdue-by-agency")
    @Operation(summary = "Overdue actions grouped by owning agency, optionally for one body")
    public List<AgencyOverdue> overdue(@QueryParam("body") Long body) {
        return actions.overdueByAgency(body, 20);
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an action (the body's secretaries)", description = "Give bodyId, or decisionId "
            + "to carry out a resolution; the reference (e.g. CTB-2020-014) is given by the portal.")
    public Response create(ActionForm form) {
        return Response.status(Response.Status.CREATED).entity(actionChanges.create(BodyResource.required(form))).build();
    }

    @GET
    @Path("actions/{id}")
    public ActionDetail get(@PathParam("id") long id) {
        return actions.get(id);
    }

    @PUT
    @Path("actions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an action (the body's secretaries)", description = "Send the version you started "
            + "from; a RAG override needs a reason.")
    public ActionDetail edit(@PathParam("id") long id, ActionForm form) {
        return actionChanges.edit(id, BodyResource.required(form));
    }

    @POST
    @Path("actions/{id}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report progress (the owner, the owning agency or the body's secretary)",
            description = "progress (what was done), impact (so what?), status, writtenOn (default today) and the "
                    + "action's version you saw: if someone reported since, the answer is 409 and nothing is saved.")
    public Response update(@PathParam("id") long id, UpdateForm form) {
        return Response.status(Response.Status.CREATED).entity(progress.postUpdate(id, BodyResource.required(form)))
                .build();
    }

    @POST
    @Path("action-updates/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach evidence to a progress update", description = "The bytes as the body, the file "
            + "name as ?name=. Same rules as papers' files.")
    public Response evidence(@PathParam("id") long updateId, @QueryParam("name") String name, InputStream body)
            throws IOException {
        byte[] content = Uploads.readLimited(body, progress.maxUploadBytes());
        return Response.status(Response.Status.CREATED).entity(progress.addEvidence(updateId, name, content)).build();
    }

    @GET
    @Path("action-evidence/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "An evidence file, as a download")
    public Response evidenceFile(@PathParam("id") long id) {
        return PaperResource.download(progress.evidenceFile(id));
    }

    @POST
    @Path("agenda-items/{id}/close-actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close actions by a resolution at a held meeting of their body (the body's secretaries)")
    public DecisionView close(@PathParam("id") long itemId, Closure closure) {
        return closing.closeAtMeeting(itemId, BodyResource.required(closure).actionIds());
    }

    @GET
    @Path("meetings/{id}/matters-arising")
    @Operation(summary = "The body's open actions at the meeting, with their latest progress, as the caller may see them")
    public List<uk.partnership.portal.action.ActionView> mattersArising(@PathParam("id") long meetingId) {
        return arising.of(meetingId);
    }
}
