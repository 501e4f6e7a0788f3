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
import uk.partnership.portal.file.FileContent;
import uk.partnership.portal.improvement.ImprovementForms;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.IndicatorForm;
import uk.partnership.portal.improvement.IndicatorService;
import uk.partnership.portal.improvement.InspectionService;
import uk.partnership.portal.improvement.PlanService;
import uk.partnership.portal.improvement.PlanSummaryQuery;
import uk.partnership.portal.improvement.RiskAssessment;
import uk.partnership.portal.improvement.RiskForm;
import uk.partnership.portal.improvement.RiskService;

/** Inspections, improvement plans, indicators, risks and the board's dashboard (never public). */
@ApplicationScoped
@Path("")
@Tag(name = "Improvement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ImprovementResource {

    @Inject
    InspectionService inspectionService;

    @Inject
    PlanService planService;

    @Inject
    PlanSummaryQuery planSummary;

    @Inject
    IndicatorService indicatorService;

    @Inject
    RiskService riskService;

    @Inject
    uk.partnership.portal.improvement.BoardReportService reports;

    @POST
    @Path("improvement/{bodyId}/inspections")
    @Operation(summary = "Record an inspection or visit with its judgements and findings (the body's secretaries)")
    public Response inspection(@PathParam("bodyId") long bodyId, ImprovementForms.InspectionEntry form) {
        return Response.status(Response.Status.CREATED).entity(inspectionService.recordInspection(bodyId,
                BodyResource.required(form))).build();
    }

    @GET
    @Path("improvement/{bodyId}/inspections")
    public List<ImprovementViews.InspectionLine> inspections(@PathParam("bodyId") long bodyId) {
        return inspectionService.inspections(bodyId);
    }

    @GET
    @Path("inspections/{id}")
    public ImprovementViews.InspectionView getInspection(@PathParam("id") long id) {
        return inspectionService.inspection(id);
    }

    @POST
    @Path("improvement/{bodyId}/plans")
    @Operation(summary = "Create an improvement plan with its priorities")
    public Response plan(@PathParam("bodyId") long bodyId, ImprovementForms.PlanEntry form) {
        return Response.status(Response.Status.CREATED).entity(planService.createPlan(bodyId, BodyResource.required(form)))
                .build();
    }

    @GET
    @Path("improvement/{bodyId}/plans")
    public List<ImprovementViews.PlanView> plans(@PathParam("bodyId") long bodyId) {
        return planService.plans(bodyId);
    }

    @GET
    @Path("plans/{id}")
    @Operation(summary = "The plan: priorities with their derived RAG roll-up and latest 'so what?' statements")
    public ImprovementViews.PlanView getPlan(@PathParam("id") long id) {
        return planService.plan(id);
    }

    @POST
    @Path("plans/{id}/priorities")
    public ImprovementViews.PlanView priority(@PathParam("id") long id, ImprovementForms.PriorityEntry form) {
        return planService.addPriority(id, BodyResource.required(form));
    }

    @POST
    @Path("plans/{id}/refresh")
    @Operation(summary = "Refresh the plan after a visit; what it said is kept as a revision")
    public ImprovementViews.PlanView refresh(@PathParam("id") long id, ImprovementForms.Refresh form) {
        return planService.refresh(id, BodyResource.required(form));
    }

    @GET
    @Path("plans/{id}/revisions/{revision}")
    @Operation(summary = "The plan's priorities as they stood at an earlier revision")
    public Response revision(@PathParam("id") long id, @PathParam("revision") int revision) {
        return Response.ok(planService.revision(id, revision), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    @GET
    @Path("plans/{id}/dashboard")
    @Operation(summary = "The board's dashboard for a plan")
    public ImprovementViews.Dashboard dashboard(@PathParam("id") long id) {
        return planSummary.dashboard(id);
    }

    @GET
    @Path("plans/{id}/board-report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The dashboard as a tagged PDF board report")
    public Response report(@PathParam("id") long id) {
        return PaperResource.download(new FileContent("board-report-" + id + ".pdf", "application/pdf", null,
                reports.report(id)));
    }

    @POST
    @Path("improvement/{bodyId}/indicators")
    @Operation(summary = "Define an indicator: unit, polarity, target, rate base and population")
    public Response indicator(@PathParam("bodyId") long bodyId, IndicatorForm form) {
        return Response.status(Response.Status.CREATED).entity(indicatorService.defineIndicator(bodyId,
                BodyResource.required(form))).build();
    }

    @GET
    @Path("indicators")
    @Operation(summary = "Indicators the caller may see (optionally of one body)")
    public List<ImprovementViews.IndicatorLine> indicators(@QueryParam("body") Long bodyId) {
        return indicatorService.indicators(bodyId);
    }

    @GET
    @Path("indicators/{id}")
    public ImprovementViews.IndicatorView getIndicator(@PathParam("id") long id) {
        return indicatorService.indicator(id);
    }

    @POST
    @Path("indicators/{id}/values")
    @Operation(summary = "Record a dated value (the owning agency or the secretary)")
    public ImprovementViews.IndicatorView value(@PathParam("id") long id, ImprovementForms.ValueEntry form) {
        return indicatorService.recordValue(id, BodyResource.required(form));
    }

    @POST
    @Path("improvement/{bodyId}/risks")
    public Response risk(@PathParam("bodyId") long bodyId, RiskForm form) {
        return Response.status(Response.Status.CREATED).entity(riskService.recordRisk(bodyId, BodyResource.required(form)))
                .build();
    }

    @PUT
    @Path("risks/{id}")
    @Operation(summary = "Review a risk: scores, next review date, mitigating actions (send the version)")
    public ImprovementViews.RiskView review(@PathParam("id") long id, RiskAssessment form) {
        return riskService.reviewRisk(id, BodyResource.required(form));
    }

    @GET
    @Path("improvement/{bodyId}/risks")
    @Operation(summary = "The risk register with its 5×5 matrix")
    public ImprovementViews.RiskRegister register(@PathParam("bodyId") long bodyId) {
        return riskService.register(bodyId);
    }
}
