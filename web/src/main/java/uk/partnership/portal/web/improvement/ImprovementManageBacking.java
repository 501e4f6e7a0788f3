package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MembershipService;
import uk.partnership.portal.body.PersonOption;
import uk.partnership.portal.improvement.ImprovementForms;
import uk.partnership.portal.improvement.ImprovementService;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.InspectionKind;
import uk.partnership.portal.improvement.Judgement;
import uk.partnership.portal.improvement.Polarity;
import uk.partnership.portal.improvement.Unit;
import uk.partnership.portal.web.support.PageActions;

/**
 * The secretary's forms for an improvement board: record an inspection, start or refresh a plan, define an
 * indicator, enter a risk. Each keeps what was typed when a rule is broken.
 */
@Named
@ViewScoped
public class ImprovementManageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImprovementService improvement;

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

    // inspection
    private String kind = "MONITORING_VISIT";
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String focusAreas;
    private String overall;
    private LocalDate letterPublishedOn;
    private List<Area> areas = blankAreas();
    private String findingKind = "RECOMMENDATION";
    private String findings;
    // plan
    private String planTitle;
    private String period;
    private String priorityLines;
    private Long refreshPlan;
    private String refreshReason;
    private Long refreshInspection;
    // indicator
    private String indicatorName;
    private String unit = "COUNT";
    private String polarity = "LOWER_IS_BETTER";
    private BigDecimal target;
    private Integer ratePer;
    private Integer population;
    private String populationSource;
    private Long ownerAgency;
    private Long priority;
    // risk
    private String riskTitle;
    private String riskDescription;
    private Long riskOwner;
    private Integer likelihood;
    private Integer impact;
    private Integer appetite = 12;
    private LocalDate reviewOn;

    /** One judged area of the inspection form. */
    public static class Area implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String judgement;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getJudgement() {
            return judgement;
        }

        public void setJudgement(String judgement) {
            this.judgement = judgement;
        }
    }

    public void load() {
        bodyDetail = PageActions.loadOrNotFound(() -> {
            BodyDetail b = bodies.getBody(PageActions.id(body));
            if (!bodies.mayManage(b.id())) {
                throw new uk.partnership.portal.shared.NotFoundException();
            }
            return b;
        });
        if (bodyDetail != null) {
            refresh();
        }
    }

    private void refresh() {
        plans = improvement.plans(bodyDetail.id());
        inspections = improvement.inspections(bodyDetail.id());
        priorities = improvement.options(bodyDetail.id()).get("priorities");
    }

    public void recordInspection() {
        List<ImprovementForms.AreaEntry> judged = areas.stream().filter(a -> a.name != null && !a.name.isBlank())
                .map(a -> new ImprovementForms.AreaEntry(a.name, a.judgement)).toList();
        List<ImprovementForms.FindingEntry> found = lines(findings).stream()
                .map(l -> new ImprovementForms.FindingEntry(findingKind, l)).toList();
        var saved = PageActions.attempt(() -> improvement.recordInspection(bodyDetail.id(), new ImprovementForms.InspectionEntry(
                kind, title, startsOn, endsOn, focusAreas, overall, letterPublishedOn, judged, found)));
        if (saved != null) {
            Messages.addGlobalInfo("Recorded: " + saved.kindLabel() + ", " + saved.title() + ".");
            title = null;
            focusAreas = null;
            findings = null;
            areas = blankAreas();
            refresh();
        }
    }

    public void createPlan() {
        List<ImprovementForms.PriorityEntry> entries = lines(priorityLines).stream()
                .map(l -> new ImprovementForms.PriorityEntry(l, null, null)).toList();
        var saved = PageActions.attempt(() -> improvement.createPlan(bodyDetail.id(),
                new ImprovementForms.PlanEntry(planTitle, period, entries)));
        if (saved != null) {
            Messages.addGlobalInfo("Created " + saved.title() + " with " + saved.priorities().size() + " priorities.");
            planTitle = null;
            priorityLines = null;
            refresh();
        }
    }

    public void refreshPlan() {
        ImprovementViews.PlanView plan = plans.stream().filter(p -> refreshPlan != null && p.id() == refreshPlan)
                .findFirst().orElse(null);
        if (plan == null) {
            Messages.addGlobalError("Choose the plan to refresh.");
            return;
        }
        var saved = PageActions.attempt(() -> improvement.refresh(plan.id(), new ImprovementForms.Refresh(refreshReason,
                refreshInspection, plan.version())));
        if (saved != null) {
            Messages.addGlobalInfo(saved.title() + " is now at revision " + saved.revision() + "; the earlier one is kept.");
            refreshReason = null;
            refresh();
        }
    }

    public void defineIndicator() {
        var saved = PageActions.attempt(() -> improvement.defineIndicator(bodyDetail.id(), new ImprovementForms.IndicatorEntry(
                indicatorName, unit, polarity, target, ratePer, population, populationSource, ownerAgency, priority)));
        if (saved != null) {
            Messages.addGlobalInfo("Defined " + saved.indicator().name() + ".");
            indicatorName = null;
            target = null;
        }
    }

    public void recordRisk() {
        var saved = PageActions.attempt(() -> improvement.recordRisk(bodyDetail.id(), new ImprovementForms.RiskEntry(
                riskTitle, riskDescription, riskOwner, null, likelihood, impact, appetite, reviewOn, List.of(), null)));
        if (saved != null) {
            Messages.addGlobalInfo("Entered " + saved.title() + " (score " + saved.score() + ").");
            riskTitle = null;
            riskDescription = null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<Area> blankAreas() {
        List<Area> list = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            list.add(new Area());
        }
        return list;
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

    public List<Area> getAreas() {
        return areas;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String v) {
        body = v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        kind = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate v) {
        startsOn = v;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate v) {
        endsOn = v;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public void setFocusAreas(String v) {
        focusAreas = v;
    }

    public String getOverall() {
        return overall;
    }

    public void setOverall(String v) {
        overall = v;
    }

    public LocalDate getLetterPublishedOn() {
        return letterPublishedOn;
    }

    public void setLetterPublishedOn(LocalDate v) {
        letterPublishedOn = v;
    }

    public String getFindingKind() {
        return findingKind;
    }

    public void setFindingKind(String v) {
        findingKind = v;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String v) {
        findings = v;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public void setPlanTitle(String v) {
        planTitle = v;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String v) {
        period = v;
    }

    public String getPriorityLines() {
        return priorityLines;
    }

    public void setPriorityLines(String v) {
        priorityLines = v;
    }

    public Long getRefreshPlan() {
        return refreshPlan;
    }

    public void setRefreshPlan(Long v) {
        refreshPlan = v;
    }

    public String getRefreshReason() {
        return refreshReason;
    }

    public void setRefreshReason(String v) {
        refreshReason = v;
    }

    public Long getRefreshInspection() {
        return refreshInspection;
    }

    public void setRefreshInspection(Long v) {
        refreshInspection = v;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public void setIndicatorName(String v) {
        indicatorName = v;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String v) {
        unit = v;
    }

    public String getPolarity() {
        return polarity;
    }

    public void setPolarity(String v) {
        polarity = v;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal v) {
        target = v;
    }

    public Integer getRatePer() {
        return ratePer;
    }

    public void setRatePer(Integer v) {
        ratePer = v;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer v) {
        population = v;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public void setPopulationSource(String v) {
        populationSource = v;
    }

    public Long getOwnerAgency() {
        return ownerAgency;
    }

    public void setOwnerAgency(Long v) {
        ownerAgency = v;
    }

    public Long getPriority() {
        return priority;
    }

    public void setPriority(Long v) {
        priority = v;
    }

    public String getRiskTitle() {
        return riskTitle;
    }

    public void setRiskTitle(String v) {
        riskTitle = v;
    }

    public String getRiskDescription() {
        return riskDescription;
    }

    public void setRiskDescription(String v) {
        riskDescription = v;
    }

    public Long getRiskOwner() {
        return riskOwner;
    }

    public void setRiskOwner(Long v) {
        riskOwner = v;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Integer v) {
        likelihood = v;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer v) {
        impact = v;
    }

    public Integer getAppetite() {
        return appetite;
    }

    public void setAppetite(Integer v) {
        appetite = v;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate v) {
        reviewOn = v;
    }
}
