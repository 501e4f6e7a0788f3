package uk.partnership.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.minutes.MinuteSave;
import uk.partnership.portal.minutes.MinuteView;
import uk.partnership.portal.minutes.MinutesService;
import uk.partnership.portal.minutes.RecordService;

/** Writing the minute of an agenda item (the body's secretaries). */
@ApplicationScoped
@Path("agenda-items/{id}/minute")
@Tag(name = "Minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MinutesResource {

    public record Edit(String html, Integer revision) {
    }

    /** A save that lost a race: the usual error fields, plus both texts to merge. */
    public record Conflict(int status, String error, String message, int revision, String theirs, String yours) {
    }

    public record Correction(String html, String reason) {
    }

    @Inject
    MinutesService minutes;

    @Inject
    RecordService records;

    @jakarta.ws.rs.POST
    @Path("correction")
    @Operation(summary = "Correct approved minutes, with the reason", description = "Kept in the minute's history.")
    public MinuteSave correct(@PathParam("id") long itemId, Correction correction) {
        Correction c = BodyResource.required(correction);
        return records.correct(itemId, c.html(), c.reason());
    }

    @GET
    @Operation(summary = "The minute and every saved version of it")
    public MinuteView get(@PathParam("id") long itemId) {
        return minutes.minute(itemId);
    }

    @PUT
    @Operation(summary = "Save the minute", description = "Send the revision you started from. The HTML is "
            + "sanitised. If someone saved first the answer is 409 with their text and yours; nothing is overwritten.")
    public Response save(@PathParam("id") long itemId, Edit edit) {
        Edit e = BodyResource.required(edit);
        MinuteSave saved = minutes.saveMinute(itemId, e.html(), e.revision());
        if (saved.conflict()) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new Conflict(409, "Conflict", "Someone else saved this minute first. Merge their text with "
                            + "yours and save again against revision " + saved.revision() + ".", saved.revision(),
                            saved.theirs(), saved.yours())).build();
        }
        return Response.ok(saved).build();
    }
}
