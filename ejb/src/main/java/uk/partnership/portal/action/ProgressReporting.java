package uk.partnership.portal.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.file.FileContent;
import uk.partnership.portal.file.FileIntake;
import uk.partnership.portal.file.StoredFile;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Saving;
import uk.partnership.portal.shared.UkFormats;

/**
 * Progress on an action, reported by its owner, the owning agency or the body's secretary, against the version the
 * writer saw; and the evidence files for each update, under the same rules as papers' files.
 */
@Stateless
@PermitAll
public class ProgressReporting {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    AuditTrail audit;

    @Inject
    FileIntake files;

    @Inject
    PortalClock clock;

    @Inject
    ActionRules rules;

    public long maxUploadBytes() {
        return files.maxBytes();
    }

    /**
     * A progress update by the owner, the owning agency or the body's secretary. The version is the action's as the
     * writer saw it: if someone else reported in between, nothing is saved and the writer is told (409).
     */
    public ActionDetail.UpdateView postUpdate(long actionId, UpdateForm form) {
        Caller caller = access.caller();
        Action action = rules.visible(caller, actionId);
        if (!rules.mayUpdate(caller, action)) {
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
        Person author = currentPerson.of(caller).orElse(null);
        refuseRepeat(action.getLatestUpdate(), author, progress, impact, status);
        ActionUpdate update = new ActionUpdate(action, on, progress, impact, status, author);
        action.record(update);
        em.persist(update);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "ActionUpdate", update.getId(), action.getReference() + " progress",
                Changes.of().set("action", actionId).field("status", update.getStatusBefore().name(), status.name()));
        return ActionDetails.updateView(update, List.of());
    }

    /**
     * The same words from the same person straight after their own update are a second press of the button (a page
     * brought back by the back button, a double click), not new progress: nothing is saved twice.
     */
    private static void refuseRepeat(ActionUpdate latest, Person author, String progress, String impact,
                                     ActionStatus status) {
        if (latest != null && latest.getAuthor() != null && latest.getAuthor().equals(author)
                && latest.getProgress().equals(progress) && Objects.equals(latest.getImpact(), impact)
                && latest.getStatusAfter() == status) {
            throw new ConflictException("This update repeats the one you saved on "
                    + UkFormats.DAY.format(latest.getWrittenOn()) + ", so it was not saved again. Write what has "
                    + "changed since then.");
        }
    }

    /** Evidence for an update, under the same rules as papers' files. */
    public ActionDetail.EvidenceView addEvidence(long updateId, String fileName, byte[] content) {
        Caller caller = access.caller();
        ActionUpdate update = em.find(ActionUpdate.class, updateId);
        if (update == null) {
            throw new NotFoundException();
        }
        Action action = rules.visible(caller, update.getAction().getId());
        if (!rules.mayUpdate(caller, action)) {
            throw new ForbiddenException("Only the action's owner, the owning agency and the body's secretary can add "
                    + "evidence to it.");
        }
        StoredFile stored = files.accept(fileName, content);
        ActionEvidence evidence = new ActionEvidence(update, stored, content == null ? new byte[0] : content,
                currentPerson.of(caller).orElse(null));
        em.persist(evidence);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "ActionEvidence", evidence.getId(), action.getReference() + " "
                + stored.getFileName(), Changes.of().set("update", updateId).set("contentType", stored.getContentType())
                .set("sizeBytes", stored.getSizeBytes()).set("sha256", stored.getSha256()));
        return ActionDetails.evidenceView(evidence);
    }

    public FileContent evidenceFile(long evidenceId) {
        Caller caller = access.caller();
        ActionEvidence evidence = em.find(ActionEvidence.class, evidenceId);
        if (evidence == null) {
            throw new NotFoundException();
        }
        Action action = rules.visible(caller, evidence.getUpdate().getAction().getId());
        audit.record(AuditAction.READ, "ActionEvidence", evidenceId, action.getReference() + " "
                + evidence.getFile().getFileName(), null);
        return evidence.getFile().withContent(evidence.getContent());
    }
}
