package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MembershipService;
import uk.partnership.portal.body.PersonOption;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.InspectionKind;
import uk.partnership.portal.improvement.InspectionService;
import uk.partnership.portal.improvement.Judgement;
import uk.partnership.portal.improvement.PlanService;
import uk.partnership.portal.improvement.Polarity;
import uk.partnership.portal.improvement.Unit;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.web.support.PageActions;

/**
 * The page of the secretary's forms for an improvement board: the body, its plans and inspections, and the choices
 * the forms offer. Each form has a bean of its own ({@link InspectionFormBacking}, {@link PlanFormBacking},
 * {@link IndicatorFormBacking}, {@link RiskFormBacking}) that keeps what was typed when a rule is broken.
 */
@Named
@ViewScoped
public class ImprovementManageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanService planService;

    @Inject
    InspectionService inspectionService;

    @Inject
    BodyService bodies;

    @Inject
    AgencyService agencies;

    @Inject
    MembershipService memberships;

    private String body;
    private BodyDetail bodyDetail;
    private List<ImprovementViews.PlanView> plans = List.of();
    private List<ImprovementViews.InspectionLine> inspections = List.of();
    private List<ImprovementViews.Option> priorities = List.of();

    public void load() {
        bodyDetail = PageActions.loadOrNotFound(() -> {
            BodyDetail b = bodies.getBody(PageActions.id(body));
            if (!bodies.mayManage(b.id())) {
                throw new NotFoundException();
            }
            return b;
        });
        if (bodyDetail != null) {
            refresh();
        }
    }

    /** After a form has saved: the plans, inspections and priorities as they now are. */
    void refresh() {
        plans = planService.plans(bodyDetail.id());
        inspections = inspectionService.inspections(bodyDetail.id());
        priorities = planService.options(bodyDetail.id()).get("priorities");
    }

    long bodyId() {
        return bodyDetail.id();
    }

    public InspectionKind[] getKinds() {
        return InspectionKind.values();
    }

    public Judgement[] getJudgements() {
        return Judgement.values();
    }

    public Unit[] getUnits() {
        return Unit.values();
    }

    public Polarity[] getPolarities() {
        return Polarity.values();
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<AgencyView> getAgencies() {
        return agencies.listAgencies();
    }

    public List<PersonOption> getPeople() {
        return memberships.directory();
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

    public List<ImprovementViews.Option> getPriorities() {
        return priorities;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
