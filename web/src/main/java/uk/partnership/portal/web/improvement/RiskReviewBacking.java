package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.action.ActionFilter;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.ActionView;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.RiskAssessment;
import uk.partnership.portal.improvement.RiskService;
import uk.partnership.portal.web.support.PageActions;

/** The secretary's review of a risk on the register page: new scores, the next review date, mitigating actions. */
@Named
@ViewScoped
public class RiskReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskService riskService;

    @Inject
    ActionLogQuery actions;

    private String body;
    private ImprovementViews.RiskRegister register;
    private List<ActionView> openActions = List.of();
    private Long riskId;
    private Integer likelihood;
    private Integer impact;
    private LocalDate reviewOn;
    private List<String> mitigations = new ArrayList<>();

    public void load() {
        register = PageActions.loadOrNotFound(() -> riskService.register(PageActions.id(body)));
        if (register != null && register.mayManage()) {
            openActions = actions.list(new ActionFilter(register.bodyId(), null, "OPEN", null, false, false, null, null),
                    0, ActionLogQuery.MAX_PAGE).actions();
        }
    }

    public void review() {
        ImprovementViews.RiskView risk = register.risks().stream().filter(r -> riskId != null && r.id() == riskId)
                .findFirst().orElse(null);
        if (risk == null) {
            Messages.addGlobalError("Choose the risk you reviewed.");
            return;
        }
        List<Long> ids = mitigations.stream().map(Long::valueOf).toList();
        RiskAssessment review = new RiskAssessment();
        review.setLikelihood(likelihood == null ? risk.likelihood() : likelihood);
        review.setImpact(impact == null ? risk.impact() : impact);
        review.setReviewOn(reviewOn);
        review.setMitigationActionIds(ids);
        review.setVersion(risk.version());
        var saved = PageActions.attempt(() -> riskService.reviewRisk(risk.id(), review));
        if (saved != null) {
            Messages.addGlobalInfo("Reviewed " + saved.title() + ": score " + saved.score() + ", next review "
                    + saved.reviewOn() + ".");
            register = riskService.register(register.bodyId());
            mitigations = new ArrayList<>();
        }
    }

    public List<Integer> getScores() {
        return List.of(1, 2, 3, 4, 5);
    }

    public ImprovementViews.RiskRegister getRegister() {
        return register;
    }

    public List<ActionView> getOpenActions() {
        return openActions;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getRiskId() {
        return riskId;
    }

    public void setRiskId(Long riskId) {
        this.riskId = riskId;
    }

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Integer likelihood) {
        this.likelihood = likelihood;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public List<String> getMitigations() {
        return mitigations;
    }

    public void setMitigations(List<String> mitigations) {
        this.mitigations = mitigations;
    }
}
