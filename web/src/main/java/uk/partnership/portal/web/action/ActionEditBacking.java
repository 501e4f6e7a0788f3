package uk.partnership.portal.web.action;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.partnership.portal.action.ActionChanges;
import uk.partnership.portal.action.ActionDetail;
import uk.partnership.portal.action.ActionForm;
import uk.partnership.portal.action.ActionLogQuery;
import uk.partnership.portal.action.Rag;
import uk.partnership.portal.agency.AgencyService;
import uk.partnership.portal.agency.AgencyView;
import uk.partnership.portal.body.BodyDetail;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.body.MembershipService;
import uk.partnership.portal.body.PersonOption;
import uk.partnership.portal.improvement.PlanService;
import uk.partnership.portal.minutes.DecisionView;
import uk.partnership.portal.minutes.MinutesQueryService;
import uk.partnership.portal.scrutiny.ProgrammeQuery;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.web.support.PageActions;

/**
 * Adding or changing an action (the body's secretaries): from a decision ({@code ?decision=}), on a body
 * ({@code ?body=}), or an existing one ({@code ?id=}), which is saved against the version it was opened at.
 */
@Named
@ViewScoped
public class ActionEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActionLogQuery actions;

    @Inject
    ActionChanges actionChanges;

    @Inject
    BodyService bodies;

    @Inject
    AgencyService agencies;

    @Inject
    MembershipService memberships;

    @Inject
    MinutesQueryService minutes;

    @Inject
    ProgrammeQuery programmes;

    @Inject
    PlanService planService;

    @Inject
    PortalClock clock;

    private Long priorityId;
    private Long findingId;
    private List<uk.partnership.portal.improvement.ImprovementViews.Option> priorityOptions = List.of();
    private List<uk.partnership.portal.improvement.ImprovementViews.Option> findingOptions = List.of();

    private String id;
    private String body;
    private String decision;
    private String recommendation;
    private Long recommendationId;
    private ActionDetail existing;
    private BodyDetail bodyDetail;
    private DecisionView decisionView;
    private String title;
    private String description;
    private Long ownerAgencyId;
    private Long ownerPersonId;
    private LocalDate dueOn;
    private String ragOverride;
    private String ragOverrideReason;
    private List<PersonOption> people = List.of();
    private List<AgencyView> agencyOptions;

    public void load() {
        if (id != null && !id.isBlank()) {
            existing = PageActions.loadOrNotFound(() -> actions.get(PageActions.id(id)));
            if (existing == null) {
                return;
            }
            if (!existing.mayEdit()) {
                PageActions.notFound();
                return;
            }
            title = existing.title();
            description = existing.description();
            ownerAgencyId = existing.ownerAgencyId();
            ownerPersonId = existing.ownerPersonId();
            dueOn = existing.dueOn();
            ragOverride = existing.ragOverrideReason() == null ? null : existing.rag();
            ragOverrideReason = existing.ragOverrideReason();
            bodyDetail = bodies.getBody(existing.bodyId());
        } else if (recommendation != null && !recommendation.isBlank()) {
            var r = PageActions.loadOrNotFound(() -> programmes.recommendation(PageActions.id(recommendation)));
            if (r == null) {
                return;
            }
            recommendationId = r.id();
            bodyDetail = bodies.getBody(programmes.topic(r.topicId()).bodyId());
            title = r.text().length() <= 300 ? r.text() : r.text().substring(0, 300);
            ownerAgencyId = r.addressedToId();
            dueOn = clock.today().plusWeeks(12);
        } else if (decision != null && !decision.isBlank()) {
            decisionView = PageActions.loadOrNotFound(() -> minutes.decision(PageActions.id(decision)));
            if (decisionView == null) {
                return;
            }
            bodyDetail = bodies.getBody(decisionView.bodyId());
            title = decisionView.text().length() <= 300 ? decisionView.text() : decisionView.text().substring(0, 300);
            dueOn = clock.today().plusWeeks(6);
        } else {
            bodyDetail = PageActions.loadOrNotFound(() -> bodies.getBody(PageActions.id(body)));
            dueOn = clock.today().plusWeeks(6);
        }
        if (bodyDetail != null && !actions.mayCreateFor(bodyDetail.id())) {
            PageActions.notFound();
            return;
        }
        people = memberships.directory();
        if (existing == null && bodyDetail != null) {
            var options = planService.options(bodyDetail.id());
            priorityOptions = options.get("priorities");
            findingOptions = options.get("findings");
        }
    }

    public String save() {
        ActionForm form = new ActionForm(bodyDetail.id(), decisionView == null ? null : decisionView.id(), title,
                description, ownerAgencyId, ownerPersonId, dueOn, ragOverride, ragOverrideReason,
                existing == null ? null : existing.version(), recommendationId, priorityId, findingId);
        ActionDetail saved = PageActions.attempt(() -> existing == null ? actionChanges.create(form)
                : actionChanges.edit(existing.id(), form));
        if (saved == null) {
            return null;
        }
        org.omnifaces.util.Messages.addFlashGlobalInfo((existing == null ? "Added " : "Saved ") + saved.reference() + ".");
        return "/action/view?faces-redirect=true&id=" + saved.id();
    }

    public List<AgencyView> getAgencies() {
        if (agencyOptions == null) {
            agencyOptions = agencies.listAgencies();
        }
        return agencyOptions;
    }

    /** The people who may own the action: everyone, or once an owning agency is chosen, only its people. */
    public List<PersonOption> getPeople() {
        if (ownerAgencyId == null) {
            return people;
        }
        String agency = getAgencies().stream().filter(a -> ownerAgencyId.equals(a.id())).map(AgencyView::name)
                .findFirst().orElse(null);
        return people.stream().filter(p -> p.agency().equals(agency)).toList();
    }

    public Rag[] getRags() {
        return Rag.values();
    }

    public ActionDetail getExisting() {
        return existing;
    }

    public BodyDetail getBodyDetail() {
        return bodyDetail;
    }

    public DecisionView getDecisionView() {
        return decisionView;
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

    public List<uk.partnership.portal.improvement.ImprovementViews.Option> getPriorityOptions() {
        return priorityOptions;
    }

    public List<uk.partnership.portal.improvement.ImprovementViews.Option> getFindingOptions() {
        return findingOptions;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(Long priorityId) {
        this.priorityId = priorityId;
    }

    public Long getFindingId() {
        return findingId;
    }

    public void setFindingId(Long findingId) {
        this.findingId = findingId;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public void setOwnerAgencyId(Long ownerAgencyId) {
        this.ownerAgencyId = ownerAgencyId;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getRagOverride() {
        return ragOverride;
    }

    public void setRagOverride(String ragOverride) {
        this.ragOverride = ragOverride;
    }

    public String getRagOverrideReason() {
        return ragOverrideReason;
    }

    public void setRagOverrideReason(String ragOverrideReason) {
        this.ragOverrideReason = ragOverrideReason;
    }
}
