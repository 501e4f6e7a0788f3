package uk.partnership.portal.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import uk.partnership.portal.file.FileCheck;
import uk.partnership.portal.file.FileContent;
import uk.partnership.portal.publication.MunicipalYear;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;
import uk.partnership.portal.shared.Sha256;

/**
 * The action log. Secretaries create actions (from a resolution or directly) and edit them; the owner and the
 * owning agency report progress; the body closes actions by a resolution in its minutes. Each action is seen by the
 * body's members and by the owning agency only ({@link Action#scope}); everything else answers as not found.
 */
@Stateless
@PermitAll
public class ActionService {

    public static final int MAX_PAGE = 200;

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
    @ConfigProperty(name = "portal.upload.max-bytes", defaultValue = "20971520")
    long maxBytes;

    @Inject
    PortalClock clock;

    public long maxUploadBytes() {
        return maxBytes;
    }

    /** A page of the actions the caller may see that match the filter, in due-date order. */
    public ActionPage list(ActionFilter filter, int first, int size) {
        InvalidInputException.require(first >= 0, "The first row cannot be negative.");
        int rows = Math.max(1, Math.min(size, MAX_PAGE));
        LocalDate today = clock.today();
        ActionQuery query = new ActionQuery(access.caller(), filter, today);
        long total = query.count(em).getSingleResult();
        List<ActionView> page = total == 0 ? List.of() : query.page(em, first, rows).getResultStream()
                .map(r -> ActionQuery.view(r, today)).toList();
        return new ActionPage(total, first, rows, page);
    }

    /** The next {@code size} matching actions after the given one in due-date order, for exports of any length. */
    public List<ActionView> chunkAfter(ActionFilter filter, LocalDate dueOn, long id, int size) {
        LocalDate today = clock.today();
        return new ActionQuery(access.caller(), filter, today).after(em, dueOn, id, Math.min(size, 5000))
                .getResultStream().map(r -> ActionQuery.view(r, today)).toList();
    }

    /** Overdue actions the caller may see, grouped by owning agency, with the longest overdue first in each. */
    public List<AgencyOverdue> overdueByAgency(Long bodyId, int perAgency) {
        Caller caller = access.caller();
        LocalDate today = clock.today();
        ActionFilter all = new ActionFilter(bodyId, null, null, null, true, false, null, null);
        List<AgencyOverdue> groups = new ArrayList<>();
        for (Object[] row : new ActionQuery(caller, all, today).overdueByAgency(em).getResultList()) {
            long agencyId = (Long) row[0];
            ActionFilter ofAgency = new ActionFilter(bodyId, agencyId, null, null, true, false, null, null);
            List<ActionView> oldest = new ActionQuery(caller, ofAgency, today).page(em, 0, Math.max(1, perAgency))
                    .getResultStream().map(r -> ActionQuery.view(r, today)).toList();
            groups.add(new AgencyOverdue(agencyId, (String) row[1], (Long) row[2], oldest));
        }
        return groups;
    }

    public ActionDetail get(long actionId) {
        Caller caller = access.caller();
        return detail(caller, visible(caller, actionId));
    }

    /**
     * A new action on a body, or carrying out a resolution (then on the resolution's body) or a scrutiny
     * recommendation (on the panel's, owned by the agency it is addressed to unless another is chosen).
     */
    public ActionDetail create(ActionForm form) {
        Caller caller = access.caller();
        InvalidInputException.require(form != null, "Send the action.");
        Long bodyId = form.bodyId();
        if (form.recommendationId() != null) {
            ActionLinks.Recommended recommended = recommendations.managed(form.recommendationId());
            bodyId = recommended.bodyId();
            if (form.ownerAgencyId() == null && form.ownerPersonId() == null && recommended.addressedToAgencyId() != null) {
                form = new ActionForm(bodyId, null, form.title(), form.description(), recommended.addressedToAgencyId(),
                        null, form.dueOn(), form.ragOverride(), form.ragOverrideReason(), form.version(),
                        form.recommendationId(), form.priorityId(), form.findingId());
            }
        } else if (form.decisionId() != null) {
            long decisionBody = decisions.bodyOf(caller, form.decisionId());
            InvalidInputException.require(form.bodyId() == null || form.bodyId().equals(decisionBody),
                    "An action from a resolution belongs to the body that made it.");
            bodyId = decisionBody;
        }
        InvalidInputException.require(bodyId != null, "Choose the body the action belongs to.");
        Body body = bodies.visibleBody(caller, bodyId);
        access.requireManager(caller, body.scope());
        plans.requireOwn(body.getId(), form.priorityId(), form.findingId());
        Action action = new Action(body, nextReference(body), new ActionOrigin(
                form.recommendationId() != null ? null : form.decisionId(), form.recommendationId(), form.priorityId(),
                form.findingId()), currentPerson.of(caller).orElse(null));
        describe(action, form);
        em.persist(action);
        Saving.flush(em);
        logged.fire(new ActionLinks.ActionLogged(body.getId()));
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Action", action.getId(), action.getReference() + " " + action.getTitle(),
                Changes.of().set("body", body.getShortName()).set("ownerAgency", action.getOwnerAgency().getName())
                        .set("ownerPerson", action.getOwnerPerson() == null ? null : action.getOwnerPerson().getFullName())
                        .set("dueOn", action.getDueOn()).set("decision", form.decisionId())
                        .set("recommendation", form.recommendationId()));
        return detail(caller, action);
    }

    /** The secretary's changes: wording, owner, due date, and a RAG override with its reason. */
    public ActionDetail edit(long actionId, ActionForm form) {
        Caller caller = access.caller();
        Action action = visible(caller, actionId);
        requireEditor(caller, action);
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
        return detail(caller, action);
    }

    /**
     * A progress update by the owner, the owning agency or the body's secretary. The version is the action's as the
     * writer saw it: if someone else reported in between, nothing is saved and the writer is told (409).
     */
    public ActionDetail.UpdateView postUpdate(long actionId, UpdateForm form) {
        Caller caller = access.caller();
        Action action = visible(caller, actionId);
        if (!mayUpdate(caller, action)) {
            throw new ForbiddenException("Only the action's owner, the owning agency and the body's secretary can "
                    + "report progress on it.");
        }
        InvalidInputException.require(form != null, "Send the update.");
        ConflictException.requireVersion(action.getVersion(), form.version());
        String progress = InvalidInputException.requireText(form.progress(), "progress made", 5000);
        String impact = InvalidInputException.optionalText(form.impact(), "impact (so what?)", 5000);
        ActionStatus status = form.status() == null || form.status().isBlank() ? action.getStatus()
                : Choices.parse(ActionStatus.class, form.status(),
                "Choose the status: not started, on track, at risk, off track or complete.");
        LocalDate today = clock.today();
        LocalDate on = form.writtenOn() == null ? today : form.writtenOn();
        InvalidInputException.require(!on.isAfter(today), "An update cannot be dated in the future.");
        ActionUpdate update = new ActionUpdate(action, on, progress, impact, status, currentPerson.of(caller).orElse(null));
        action.record(update);
        em.persist(update);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "ActionUpdate", update.getId(), action.getReference() + " progress",
                Changes.of().set("action", actionId).field("status", update.getStatusBefore().name(), status.name()));
        return updateView(update, List.of());
    }

    /** Evidence for an update, under the same rules as papers' files. */
    public ActionDetail.EvidenceView addEvidence(long updateId, String fileName, byte[] content) {
        Caller caller = access.caller();
        ActionUpdate update = em.find(ActionUpdate.class, updateId);
        if (update == null) {
            throw new NotFoundException();
        }
        Action action = visible(caller, update.getAction().getId());
        if (!mayUpdate(caller, action)) {
            throw new ForbiddenException("Only the action's owner, the owning agency and the body's secretary can add "
                    + "evidence to it.");
        }
        String name = FileCheck.safeName(fileName);
        byte[] bytes = content == null ? new byte[0] : content;
        String type = FileCheck.contentType(name, bytes, maxBytes);
        ActionEvidence evidence = new ActionEvidence(update, name, type, bytes, Sha256.hex(bytes),
                currentPerson.of(caller).orElse(null));
        em.persist(evidence);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "ActionEvidence", evidence.getId(), action.getReference() + " " + name,
                Changes.of().set("update", updateId).set("contentType", type).set("sizeBytes", bytes.length)
                        .set("sha256", evidence.getSha256()));
        return new ActionDetail.EvidenceView(evidence.getId(), name, type, bytes.length, evidence.getSha256());
    }

    public FileContent evidenceFile(long evidenceId) {
        Caller caller = access.caller();
        ActionEvidence evidence = em.find(ActionEvidence.class, evidenceId);
        if (evidence == null) {
            throw new NotFoundException();
        }
        Action action = visible(caller, evidence.getUpdate().getAction().getId());
        audit.record(AuditAction.READ, "ActionEvidence", evidenceId, action.getReference() + " "
                + evidence.getFileName(), null);
        return new FileContent(evidence.getFileName(), evidence.getContentType(), evidence.getSha256(),
                evidence.getContent());
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
                    .append(" (").append(a.getStatus().label().toLowerCase(java.util.Locale.UK)).append(")");
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

    /**
     * The body's actions that were open at {@code asAt} (a meeting), each with the latest progress reported before
     * it, as the caller may see them (nothing for the public). The meeting page's "matters arising" item.
     */
    public List<ActionView> openAt(long bodyId, OffsetDateTime asAt, LocalDate day) {
        Caller caller = access.caller();
        Body body = em.find(Body.class, bodyId);
        List<Action> open = em.createQuery("""
                        select a from Action a join fetch a.ownerAgency
                        where a.body = :body and a.createdAt < :asAt and (a.closedOn is null or a.closedOn >= :day)
                        order by a.dueOn, a.id""", Action.class)
                .setParameter("body", body).setParameter("asAt", asAt).setParameter("day", day)
                .getResultStream().filter(a -> access.maySee(caller, a.scope())).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, ActionUpdate> latest = new HashMap<>();
        em.createQuery("""
                        select u from ActionUpdate u where u.action in :actions and u.id in (
                          select max(u2.id) from ActionUpdate u2
                          where u2.action in :actions and u2.createdAt < :asAt group by u2.action)""", ActionUpdate.class)
                .setParameter("actions", open).setParameter("asAt", asAt)
                .getResultStream().forEach(u -> latest.put(u.getAction().getId(), u));
        List<ActionView> lines = new ArrayList<>();
        for (Action a : open) {
            ActionUpdate u = latest.get(a.getId());
            lines.add(a.viewAsAt(u == null ? ActionStatus.NOT_STARTED : u.getStatusAfter(), u, day));
        }
        return lines;
    }

    /** For the record page: the body's actions still open, which a meeting may agree to close. */
    public List<ActionView> openOf(long bodyId) {
        ActionFilter filter = new ActionFilter(bodyId, null, "OPEN", null, false, false, null, null);
        return list(filter, 0, MAX_PAGE).actions();
    }

    public boolean mayCreateFor(long bodyId) {
        return access.mayManage(access.caller(), bodyId);
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
        InvalidInputException.require(person == null || person.getAgency().equals(agency),
                person == null ? "" : person.getFullName() + " works for " + person.getAgency().getName()
                        + ", not " + agency.getName() + ". Choose an owner from the owning agency.");
        InvalidInputException.require(form.dueOn() != null, "Give the date the action is due.");
        action.describe(title, description, agency, person, form.dueOn());
        Rag override = form.ragOverride() == null || form.ragOverride().isBlank() ? null
                : Choices.parse(Rag.class, form.ragOverride(), "Choose red, amber, green or blue, or no override.");
        action.overrideRag(override, InvalidInputException.optionalText(form.ragOverrideReason(),
                "reason for the RAG override", 500));
    }

    /** CTB-2020-014: the body's short name, the municipal year and a number that is never handed out twice. */
    private String nextReference(Body body) {
        int year = MunicipalYear.of(clock.today());
        Number next = (Number) em.createNativeQuery("""
                        insert into action_reference (body_id, year, last) values (?1, ?2, 1)
                        on conflict (body_id, year) do update set last = action_reference.last + 1
                        returning last""")
                .setParameter(1, body.getId()).setParameter(2, year).getSingleResult();
        return String.format(java.util.Locale.UK, "%s-%d-%03d", body.getShortName(), year, next.intValue());
    }

    private Action visible(Caller caller, long actionId) {
        Action action = em.find(Action.class, actionId);
        if (action == null || !access.maySee(caller, action.scope())) {
            throw new NotFoundException();
        }
        return action;
    }

    private void requireEditor(Caller caller, Action action) {
        if (!access.mayManage(caller, action.getBody().getId())) {
            throw new ForbiddenException("Only the body's secretary can change an action; its owner reports progress.");
        }
    }

    private boolean mayUpdate(Caller caller, Action action) {
        return access.mayManage(caller, action.getBody().getId())
                || (caller.agencyId() != null && caller.agencyId().equals(action.getOwnerAgency().getId()));
    }

    private ActionDetail detail(Caller caller, Action a) {
        LocalDate today = clock.today();
        List<ActionUpdate> updates = em.createQuery(
                        "select u from ActionUpdate u where u.action = :a order by u.writtenOn desc, u.id desc",
                        ActionUpdate.class).setParameter("a", a).getResultList();
        Map<Long, List<ActionDetail.EvidenceView>> evidence = new HashMap<>();
        if (!updates.isEmpty()) {
            em.createQuery("""
                            select e.id, e.update.id, e.fileName, e.contentType, e.sizeBytes, e.sha256
                            from ActionEvidence e where e.update in :updates order by e.id""", Object[].class)
                    .setParameter("updates", updates).getResultStream()
                    .forEach(r -> evidence.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(
                            new ActionDetail.EvidenceView((Long) r[0], (String) r[2], (String) r[3], (Long) r[4],
                                    (String) r[5])));
        }
        Rag shown = a.rag(today);
        return new ActionDetail(a.getId(), a.getVersion(), a.getReference(), a.getBody().getId(), a.getBody().getName(),
                a.getTitle(), a.getDescription(), a.getOwnerPerson() == null ? null : a.getOwnerPerson().getId(),
                a.getOwnerPerson() == null ? null : a.getOwnerPerson().getFullName(), a.getOwnerAgency().getId(),
                a.getOwnerAgency().getName(), a.getDueOn(), a.getStatus().name(), a.getStatus().label(), shown.name(),
                shown.label(), Rag.derive(a.getStatus(), a.getDueOn(), today).label(), a.getRagOverrideReason(),
                a.overdue(today), decisions.visible(caller, a.getDecisionId()).orElse(null),
                decisions.visible(caller, a.getClosedByDecisionId()).orElse(null),
                a.getClosedOn(), updates.stream().map(u -> updateView(u, evidence.getOrDefault(u.getId(), List.of())))
                .toList(), a.getStatus() != ActionStatus.CLOSED && mayUpdate(caller, a),
                a.getStatus() != ActionStatus.CLOSED && access.mayManage(caller, a.getBody().getId()));
    }

    private static ActionDetail.UpdateView updateView(ActionUpdate u, List<ActionDetail.EvidenceView> evidence) {
        return new ActionDetail.UpdateView(u.getId(), u.getWrittenOn(), u.getProgress(), u.getImpact(),
                u.getStatusBefore().label(), u.getStatusAfter().label(),
                u.getAuthor() == null ? null : u.getAuthor().getFullName(),
                u.getAuthorAgency() == null ? null : u.getAuthorAgency().getName(), u.getCreatedAt(), List.copyOf(evidence));
    }
}
