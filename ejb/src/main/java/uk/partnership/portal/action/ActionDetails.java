package uk.partnership.portal.action;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.file.StoredFile;
import uk.partnership.portal.shared.PortalClock;

/** An action with its progress updates and their evidence, as the reader may see it (two reads however long the history). */
@Dependent
public class ActionDetails {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @Inject
    ActionLinks.Decisions decisions;

    @Inject
    ActionRules rules;

    @Inject
    PortalClock clock;

    ActionDetail detail(Caller caller, Action a) {
        LocalDate today = clock.today();
        List<ActionUpdate> updates = em.createQuery(
                        "select u from ActionUpdate u where u.action = :a order by u.writtenOn desc, u.id desc",
                        ActionUpdate.class).setParameter("a", a).getResultList();
        Map<Long, List<ActionDetail.EvidenceView>> evidence = new HashMap<>();
        if (!updates.isEmpty()) {
            em.createQuery("select e from ActionEvidence e where e.update in :updates order by e.id", ActionEvidence.class)
                    .setParameter("updates", updates).getResultStream()
                    .forEach(e -> evidence.computeIfAbsent(e.getUpdate().getId(), k -> new ArrayList<>())
                            .add(evidenceView(e)));
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
                .toList(), a.getStatus() != ActionStatus.CLOSED && rules.mayUpdate(caller, a),
                a.getStatus() != ActionStatus.CLOSED && access.mayManage(caller, a.getBody().getId()));
    }

    static ActionDetail.UpdateView updateView(ActionUpdate u, List<ActionDetail.EvidenceView> evidence) {
        return new ActionDetail.UpdateView(u.getId(), u.getWrittenOn(), u.getProgress(), u.getImpact(),
                u.getStatusBefore().label(), u.getStatusAfter().label(),
                u.getAuthor() == null ? null : u.getAuthor().getFullName(),
                u.getAuthorAgency() == null ? null : u.getAuthorAgency().getName(), u.getCreatedAt(), List.copyOf(evidence));
    }

    static ActionDetail.EvidenceView evidenceView(ActionEvidence e) {
        StoredFile f = e.getFile();
        return new ActionDetail.EvidenceView(e.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(),
                f.getSha256());
    }
}
