package uk.partnership.portal.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.partnership.portal.access.Scope;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.InvalidInputException;

/** Something a body asked a partner to do, owned by a person and an agency, with a due date and a status. */
@Entity
@Table(name = "action")
public class Action extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(nullable = false, length = 300)
    private String title;

    private String description;

    @ManyToOne
    @JoinColumn(name = "owner_person_id")
    private Person ownerPerson;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_agency_id")
    private Agency ownerAgency;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.NOT_STARTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "rag_override", length = 10)
    private Rag ragOverride;

    @Column(name = "rag_override_reason", length = 500)
    private String ragOverrideReason;

    /** The resolution this action carries out, if any (a minutes record: the action log names it by id only). */
    @Column(name = "decision_id")
    private Long decisionId;

    /** The body's resolution that closed it. */
    @Column(name = "closed_by_decision_id")
    private Long closedByDecisionId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ManyToOne
    @JoinColumn(name = "latest_update_id")
    private ActionUpdate latestUpdate;

    @ManyToOne
    @JoinColumn(name = "created_by")
    private Person createdBy;

    /** The scrutiny recommendation, plan priority and inspection finding it answers, by id: those features own the link. */
    @Column(name = "recommendation_id")
    private Long recommendationId;

    @Column(name = "priority_id")
    private Long priorityId;

    @Column(name = "finding_id")
    private Long findingId;

    protected Action() {
    }

    Action(Body body, String reference, ActionOrigin origin, Person createdBy) {
        this.body = body;
        this.reference = reference;
        this.decisionId = origin.decisionId();
        this.recommendationId = origin.recommendationId();
        this.priorityId = origin.priorityId();
        this.findingId = origin.findingId();
        this.createdBy = createdBy;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public Long getFindingId() {
        return findingId;
    }

    /** The list line for this action as it stands today. */
    public ActionView view(LocalDate today) {
        return viewAsAt(status, latestUpdate, today);
    }

    /** The list line as it stood on {@code day}, given the status and latest update of that day. */
    ActionView viewAsAt(ActionStatus statusThen, ActionUpdate updateThen, LocalDate day) {
        Rag shown = Rag.shown(ragOverride, statusThen, dueOn, day);
        ActionUpdate u = updateThen;
        return new ActionView(getId(), reference, body.getId(), body.getShortName(), title,
                ownerPerson == null ? null : ownerPerson.getFullName(), ownerAgency.getId(), ownerAgency.getName(), dueOn,
                statusThen.name(), statusThen.label(), shown.name(), shown.label(),
                statusThen.outstanding() && dueOn.isBefore(day),
                u == null ? null : u.getWrittenOn(), u == null ? null : u.getProgress(), u == null ? null : u.getImpact());
    }

    /** What the secretary sets: the wording, the owner and the due date. */
    void describe(String title, String description, Agency ownerAgency, Person ownerPerson, LocalDate dueOn) {
        InvalidInputException.require(status != ActionStatus.CLOSED, "This action was closed by the "
                + body.getName() + " and can no longer be changed.");
        this.title = title;
        this.description = description;
        this.ownerAgency = ownerAgency;
        this.ownerPerson = ownerPerson;
        this.dueOn = dueOn;
    }

    void overrideRag(Rag rag, String reason) {
        InvalidInputException.require(rag == null || reason != null,
                "Say why the RAG rating differs from the one its status and due date give.");
        this.ragOverride = rag;
        this.ragOverrideReason = rag == null ? null : reason;
    }

    /** A progress update moves the status; closing is not the owner's to do. */
    void record(ActionUpdate update) {
        InvalidInputException.require(status != ActionStatus.CLOSED,
                "This action was closed by the " + body.getName() + "; progress can no longer be added.");
        InvalidInputException.require(update.getStatusAfter() != ActionStatus.CLOSED,
                "Only the " + body.getName() + " can close an action, by agreeing it at a meeting. Report it as "
                        + "complete instead.");
        this.status = update.getStatusAfter();
        this.latestUpdate = update;
        markModified();
    }

    void close(long resolutionId, LocalDate on) {
        InvalidInputException.require(status != ActionStatus.CLOSED, reference + " is already closed.");
        this.status = ActionStatus.CLOSED;
        this.closedByDecisionId = resolutionId;
        this.closedOn = on;
    }

    /**
     * Who may see it: the body's current members (or, for a restricted body, its named agencies too) and the people
     * of the owning agency — nobody else, whatever the body's own level.
     */
    public Scope scope() {
        return body.workingScope(ownerAgency.getId());
    }

    public Rag rag(LocalDate today) {
        return Rag.shown(ragOverride, status, dueOn, today);
    }

    public boolean overdue(LocalDate today) {
        return status.outstanding() && dueOn.isBefore(today);
    }

    public Body getBody() {
        return body;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Person getOwnerPerson() {
        return ownerPerson;
    }

    public Agency getOwnerAgency() {
        return ownerAgency;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Rag getRagOverride() {
        return ragOverride;
    }

    public String getRagOverrideReason() {
        return ragOverrideReason;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public Long getClosedByDecisionId() {
        return closedByDecisionId;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Long getRecommendationId() {
        return recommendationId;
    }

    public ActionUpdate getLatestUpdate() {
        return latestUpdate;
    }
}
