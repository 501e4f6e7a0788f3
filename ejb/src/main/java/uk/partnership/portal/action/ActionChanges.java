package uk.partnership.portal.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.body.BodyService;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;

/**
 * Changes to the action log by the body's secretaries: actions created (directly, from a resolution or from a scrutiny
 * recommendation) and edited, and actions closed by the body's resolution in its minutes.
 */
@Stateless
@PermitAll
public class ActionChanges {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    BodyService bodies;

    @EJB
    AuditTrail audit;

    @Inject
    ActionLinks.Decisions decisions;

    @Inject
    ActionLinks.Recommendations recommendations;

    @Inject
    ActionLinks.Plans plans;

    @Inject
    Event<ActionLinks.ActionLogged> logged;

    @Inject
    PortalClock clock;

    @Inject
    ActionRules rules;

    @Inject
    ActionDetails details;

    /**
     * A new action on a body, or carrying out a resolution (then on the resolution's body) or a scrutiny
     * recommendation (on the panel's, owned by the agency it is addressed to unless another is chosen).
     */
    public ActionDetail create(ActionForm form) {
        Caller caller = access.caller();
        InvalidInputException.require(form != null, "Send the action.");
        Long bodyId = form.bodyId();
        // The reference carries the municipal year of what the action carries out (CYPSC-2020-… for a 2020
        // resolution recorded later), and this year's for an action of its own.
        int year = MunicipalYear.of(clock.today());
        if (form.recommendationId() != null) {
            ActionLinks.Recommended recommended = recommendations.managed(form.recommendationId());
            bodyId = recommended.bodyId();
            year = recommended.municipalYear();
            if (form.ownerAgencyId() == null && form.ownerPersonId() == null && recommended.addressedToAgencyId() != null) {
                form = new ActionForm(bodyId, null, form.title(), form.description(), recommended.addressedToAgencyId(),
                        null, form.dueOn(), form.ragOverride(), form.ragOverrideReason(), form.version(),
                        form.recommendationId(), form.priorityId(), form.findingId());
            }
        } else if (form.decisionId() != null) {
            ActionLinks.Made made = decisions.madeBy(caller, form.decisionId());
            InvalidInputException.require(form.bodyId() == null || form.bodyId().equals(made.bodyId()),
                    "An action from a resolution belongs to the body that made it.");
            bodyId = made.bodyId();
            year = made.municipalYear();
        }
        InvalidInputException.require(bodyId != null, "Choose the body the action belongs to.");
        Body body = bodies.visibleBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        plans.requireOwn(body.getId(), form.priorityId(), form.findingId());
        Action action = new Action(body, nextReference(body, year), new ActionOrigin(
                form.recommendationId() != null ? null : form.decisionId(), form.recommendationId(), form.priorityId(),
                form.findingId()), currentPerson.of(caller).orElse(null));
        describe(action, form);
        em.persist(action);
        Saving.flush(em);
        logged.fire(new ActionLinks.ActionLogged(body.getId(), action.getId()));
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Action", action.getId(), action.getReference() + " " + action.getTitle(),
                Changes.of().set("body", body.getShortName()).set("ownerAgency", action.getOwnerAgency().getName())
                        .set("ownerPerson", action.getOwnerPerson() == null ? null : action.getOwnerPerson().getFullName())
                        .set("dueOn", action.getDueOn()).set("decision", form.decisionId())
                        .set("recommendation", form.recommendationId()));
        return details.detail(caller, action);
    }

    /** The secretary's changes: wording, owner, due date, and a RAG override with its reason. */
    public ActionDetail edit(long actionId, ActionForm form) {
        Caller caller = access.caller();
        Action action = rules.visible(caller, actionId);
        rules.requireEditor(caller, action);
        InvalidInputException.require(form != null, "Send the action.");
        ConflictException.requireVersion(action.getVersion(), form.version());
        Changes changes = Changes.of();
        String titleBefore = action.getTitle();
        LocalDate dueBefore = action.getDueOn();
        Agency agencyBefore = action.getOwnerAgency();
        Person personBefore = action.getOwnerPerson();
        Rag ragBefore = action.getRagOverride();
        describe(action, form);
        changes.field("title", titleBefore, action.getTitle()).field("dueOn", dueBefore, action.getDueOn())
                .field("ownerAgency", agencyBefore.getName(), action.getOwnerAgency().getName())
                .field("ownerPerson", personBefore == null ? null : personBefore.getFullName(),
                        action.getOwnerPerson() == null ? null : action.getOwnerPerson().getFullName())
                .field("ragOverride", ragBefore == null ? null : ragBefore.name(),
                        action.getRagOverride() == null ? null : action.getRagOverride().name());
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Action", actionId, action.getReference() + " changed", changes);
        return details.detail(caller, action);
    }

    /**
     * The wording of a resolution closing these actions of the body, after checking each is the body's own and still
     * open. The minutes record the resolution and then call {@link #closeByResolution}.
     */
    public String closureWording(long bodyId, String bodyName, List<Long> actionIds) {
        InvalidInputException.require(actionIds != null && !actionIds.isEmpty(), "Choose the actions to close.");
        List<Action> closing = closing(bodyId, bodyName, actionIds);
        StringBuilder text = new StringBuilder(closing.size() == 1 ? "That the following action be closed: "
                : "That the following actions be closed: ");
        for (int i = 0; i < closing.size(); i++) {
            Action a = closing.get(i);
            text.append(i == 0 ? "" : "; ").append(a.getReference()).append(" ").append(a.getTitle())
                    .append(" (").append(a.getStatus().label().toLowerCase(Locale.UK)).append(")");
        }
        return text.append(".").toString();
    }

    /** Closes the actions by the body's resolution {@code decisionId}, taken on {@code on}. */
    public void closeByResolution(long bodyId, String bodyName, List<Long> actionIds, long decisionId, LocalDate on) {
        for (Action a : closing(bodyId, bodyName, actionIds)) {
            a.close(decisionId, on);
            audit.record(AuditAction.UPDATE, "Action", a.getId(), a.getReference() + " closed by the body",
                    Changes.of().set("decision", decisionId).set("status", ActionStatus.CLOSED.name()));
        }
        Saving.flush(em);
    }

    private List<Action> closing(long bodyId, String bodyName, List<Long> actionIds) {
        List<Action> closing = new ArrayList<>();
        for (Long id : actionIds.stream().filter(Objects::nonNull).distinct().toList()) {
            Action action = em.find(Action.class, id);
            InvalidInputException.require(action != null && action.getBody().getId().equals(bodyId),
                    "Only the " + bodyName + "'s own actions can be closed at its meeting.");
            InvalidInputException.require(action.getStatus() != ActionStatus.CLOSED,
                    action.getReference() + " is already closed.");
            closing.add(action);
        }
        return closing;
    }

    private void describe(Action action, ActionForm form) {
        String title = InvalidInputException.requireText(form.title(), "action", 300);
        String description = InvalidInputException.optionalText(form.description(), "description", 5000);
        Person person = null;
        if (form.ownerPersonId() != null) {
            person = em.find(Person.class, form.ownerPersonId());
            InvalidInputException.require(person != null && person.isEnabled(),
                    "Choose the owner from the people who can sign in.");
        }
        Agency agency = form.ownerAgencyId() == null ? (person == null ? null : person.getAgency())
                : em.find(Agency.class, form.ownerAgencyId());
        InvalidInputException.require(agency != null, "Choose the agency that owns the action.");
        if (person != null) {
            person.requireWorksFor(agency);
        }
        InvalidInputException.require(form.dueOn() != null, "Give the date the action is due.");
        action.describe(title, description, agency, person, form.dueOn());
        Rag override = form.ragOverride() == null || form.ragOverride().isBlank() ? null
                : Choices.parse(Rag.class, form.ragOverride(), "Choose red, amber, green or blue, or no override.");
        action.overrideRag(override, InvalidInputException.optionalText(form.ragOverrideReason(),
                "reason for the RAG override", 500));
    }

    /** CTB-2020-014: the body's short name, the municipal year and a number that is never handed out twice. */
    private String nextReference(Body body, int year) {
        Number next = (Number) em.createNativeQuery("""
                        insert into action_reference (body_id, year, last) values (?1, ?2, 1)
                        on conflict (body_id, year) do update set last = action_reference.last + 1
                        returning last""")
                .setParameter(1, body.getId()).setParameter(2, year).getSingleResult();
        return String.format(Locale.UK, "%s-%d-%03d", body.getShortName(), year, next.intValue());
    }
}
