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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.scrutiny.ProgrammeForms;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.scrutiny.ProgrammeViews;
import uk.partnership.portal.scrutiny.SelectionService;
import uk.partnership.portal.scrutiny.SuggestionService;
import uk.partnership.portal.scrutiny.TopicReviewService;

/** Scrutiny work programmes: suggestions (anyone), screening, selection and approval, reviews and responses. */
@ApplicationScoped
@Path("")
@Tag(name = "Work programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ProgrammeResource {

    @Inject
    ProgrammeQuery programmes;

    @Inject
    SuggestionService suggestions;

    @Inject
    SelectionService selections;

    @Inject
    TopicReviewService reviews;

    @GET
    @Path("programmes/{bodyId}")
    @Operation(summary = "A scrutiny body's work programme for a municipal year (2020 = 2020/21)",
            description = "The public sees the agreed topics; members and secretaries also the suggestions.")
    public ProgrammeViews.Programme programme(@PathParam("bodyId") long bodyId, @QueryParam("year") Integer year) {
        return programmes.programme(bodyId, year);
    }

    @POST
    @Path("programmes/{bodyId}/suggestions")
    @Operation(summary = "Suggest a topic (no account needed)", description = "Without a token give name (and contact "
            + "if you like); a connection may send " + SuggestionService.PUBLIC_SUGGESTIONS_PER_HOUR
            + " an hour (then 429).")
    public Response suggest(@PathParam("bodyId") long bodyId, ProgrammeForms.Suggestion form) {
        return Response.status(Response.Status.CREATED).entity(suggestions.suggest(bodyId, BodyResource.required(form)))
                .build();
    }

    @POST
    @Path("programmes/{bodyId}/topics")
    @Operation(summary = "Add a topic (the secretary): a review, a one-off item or a briefing")
    public Response add(@PathParam("bodyId") long bodyId, ProgrammeForms.NewTopic form) {
        return Response.status(Response.Status.CREATED).entity(suggestions.addTopic(bodyId, BodyResource.required(form)))
                .build();
    }

    @GET
    @Path("topics/{id}")
    public ProgrammeViews.TopicDetail topic(@PathParam("id") long id) {
        return programmes.topic(id);
    }

    @PUT
    @Path("topics/{id}/screening")
    @Operation(summary = "Screen a suggestion: public interest, impact, council performance, keep in context, "
            + "duplication, each 0–5, and a note")
    public ProgrammeViews.TopicDetail screen(@PathParam("id") long id, ProgrammeForms.Screening form) {
        return suggestions.screen(id, BodyResource.required(form));
    }

    @POST
    @Path("agenda-items/{id}/select-topics")
    @Operation(summary = "Record the panel's selection on an item of its held meeting", description = "One resolution "
            + "referred to the parent body, whose secretary places it on an agenda for approval.")
    public DecisionView select(@PathParam("id") long itemId, ProgrammeForms.Selection form) {
        return selections.select(itemId, BodyResource.required(form).topicIds());
    }

    @POST
    @Path("agenda-items/{id}/approve-programme")
    @Operation(summary = "Record the parent body's approval on the referred item")
    public DecisionView approve(@PathParam("id") long itemId) {
        return selections.approve(itemId);
    }

    @POST
    @Path("topics/{id}/sessions")
    @Operation(summary = "Put a topic on a meeting of the panel, with witnesses")
    public ProgrammeViews.TopicDetail schedule(@PathParam("id") long id, ProgrammeForms.SessionEntry form) {
        return reviews.schedule(id, BodyResource.required(form));
    }

    @PUT
    @Path("topics/{id}/terms")
    public ProgrammeViews.TopicDetail terms(@PathParam("id") long id, ProgrammeForms.Text form) {
        return reviews.setTerms(id, BodyResource.required(form));
    }

    @POST
    @Path("topics/{id}/recommendations")
    public ProgrammeViews.TopicDetail recommend(@PathParam("id") long id, ProgrammeForms.NewRecommendation form) {
        return reviews.addRecommendation(id, BodyResource.required(form));
    }

    @PUT
    @Path("topics/{id}/report")
    @Operation(summary = "Publish the final report; its recommendations become public with it")
    public ProgrammeViews.TopicDetail report(@PathParam("id") long id, ProgrammeForms.Report form) {
        return reviews.publishReport(id, BodyResource.required(form));
    }

    @PUT
    @Path("recommendations/{id}/response")
    @Operation(summary = "Record the executive's response: ACCEPTED, PARTLY_ACCEPTED or REJECTED with the reason")
    public ProgrammeViews.RecommendationView respond(@PathParam("id") long id, ProgrammeForms.Response form) {
        return reviews.respond(id, BodyResource.required(form));
    }

    @GET
    @Path("recommendations")
    @Operation(summary = "Recommendations addressed to the caller's agency, with their responses and actions")
    public List<ProgrammeViews.RecommendationView> mine() {
        return programmes.addressedToMyAgency();
    }
}
