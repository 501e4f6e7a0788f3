package uk.partnership.portal.web.improvement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.IndicatorService;
import uk.partnership.portal.improvement.InspectionService;
import uk.partnership.portal.improvement.PlanService;
import uk.partnership.portal.improvement.PlanSummaryQuery;
import uk.partnership.portal.web.support.PageActions;

/**
 * The read-only improvement pages: a body's plans, inspections and indicators; a plan's dashboard; an inspection.
 * Each loads what its address names; anything the reader may not see is the not-found page. (The risk register has
 * its own bean, for its review form.)
 */
@Named
@RequestScoped
public class ImprovementPagesBacking {

    @Inject
    PlanService planService;

    @Inject
    InspectionService inspectionService;

    @Inject
    IndicatorService indicatorService;

    @Inject
    PlanSummaryQuery planSummary;

    @Inject
    BodyService bodies;

    private String id;
    private String body;
    private BodyDetail bodyDetail;
    private List<ImprovementViews.PlanView> plans = List.of();
    private List<ImprovementViews.InspectionLine> inspections = List.of();
    private List<ImprovementViews.IndicatorLine> indicators = List.of();
    private ImprovementViews.Dashboard dashboard;
    private ImprovementViews.InspectionView inspection;

    public void loadBody() {
        bodyDetail = PageActions.loadOrNotFound(() -> {
            long bodyId = PageActions.id(body);
            plans = planService.plans(bodyId);
            inspections = inspectionService.inspections(bodyId);
            indicators = indicatorService.indicators(bodyId);
            return bodies.getBody(bodyId);
        });
    }

    public void loadDashboard() {
        dashboard = PageActions.loadOrNotFound(() -> planSummary.dashboard(PageActions.id(id)));
    }

    public void loadInspection() {
        inspection = PageActions.loadOrNotFound(() -> inspectionService.inspection(PageActions.id(id)));
    }

    public boolean isMayManage() {
        return bodyDetail != null && bodies.mayManage(bodyDetail.id());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public BodyDetail getBodyDetail() {
        return bodyDetail;
    }

    public List<ImprovementViews.PlanView> getPlans() {
        return plans;
    }

    public List<ImprovementViews.InspectionLine> getInspections() {
        return inspections;
    }

    public List<ImprovementViews.IndicatorLine> getIndicators() {
        return indicators;
    }

    public ImprovementViews.Dashboard getDashboard() {
        return dashboard;
    }

    public ImprovementViews.InspectionView getInspection() {
        return inspection;
    }
}
