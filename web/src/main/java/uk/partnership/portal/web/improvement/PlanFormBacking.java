package uk.partnership.portal.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import uk.partnership.portal.improvement.ImprovementForms;
import uk.partnership.portal.improvement.ImprovementViews;
import uk.partnership.portal.improvement.PlanService;
import uk.partnership.portal.web.support.PageActions;

/** The "start a plan" and "refresh a plan after a visit" forms of the improvement page. */
@Named
@ViewScoped
public class PlanFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImprovementManageBacking page;

    @Inject
    PlanService plans;

    private String title;
    private String period;
    private String priorityLines;
    private Long refreshPlan;
    private String refreshReason;
    private Long refreshInspection;

    public void create() {
        List<ImprovementForms.PriorityEntry> entries = InspectionDraft.lines(priorityLines).stream()
                .map(l -> new ImprovementForms.PriorityEntry(l, null, null)).toList();
        var saved = PageActions.attempt(() -> plans.createPlan(page.bodyId(),
                new ImprovementForms.PlanEntry(title, period, entries)));
        if (saved != null) {
            Messages.addGlobalInfo("Created " + saved.title() + " with " + saved.priorities().size() + " priorities.");
            title = null;
            priorityLines = null;
            page.refresh();
        }
    }

    public void refresh() {
        ImprovementViews.PlanView plan = page.getPlans().stream()
                .filter(p -> refreshPlan != null && p.id() == refreshPlan).findFirst().orElse(null);
        if (plan == null) {
            Messages.addGlobalError("Choose the plan to refresh.");
            return;
        }
        var saved = PageActions.attempt(() -> plans.refresh(plan.id(), new ImprovementForms.Refresh(refreshReason,
                refreshInspection, plan.version())));
        if (saved != null) {
            Messages.addGlobalInfo(saved.title() + " is now at revision " + saved.revision() + "; the earlier one is kept.");
            refreshReason = null;
            page.refresh();
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getPriorityLines() {
        return priorityLines;
    }

    public void setPriorityLines(String priorityLines) {
        this.priorityLines = priorityLines;
    }

    public Long getRefreshPlan() {
        return refreshPlan;
    }

    public void setRefreshPlan(Long refreshPlan) {
        this.refreshPlan = refreshPlan;
    }

    public String getRefreshReason() {
        return refreshReason;
    }

    public void setRefreshReason(String refreshReason) {
        this.refreshReason = refreshReason;
    }

    public Long getRefreshInspection() {
        return refreshInspection;
    }

    public void setRefreshInspection(Long refreshInspection) {
        this.refreshInspection = refreshInspection;
    }
}
