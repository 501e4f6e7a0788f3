package uk.partnership.portal.paper;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.partnership.portal.access.AccessLevel;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.account.CurrentPerson;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.file.FileContent;
import uk.partnership.portal.file.FileIntake;
import uk.partnership.portal.file.StoredFile;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.ItemPurpose;
import uk.partnership.portal.meeting.Meeting;
import uk.partnership.portal.shared.Choices;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.Saving;

/**
 * Committee reports and their files. A paper is seen by whoever may see its agenda item once the agenda is out
 * (its secretaries before); reads of restricted and exempt papers are audited.
 */
@Stateless
@PermitAll
public class PaperService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<PaperArrivedLate> arrivedLate;

    @EJB
    AccessPolicy access;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    AuditTrail audit;

    @Inject
    FileIntake files;

    public long maxUploadBytes() {
        return files.maxBytes();
    }

    public PaperView createPaper(long itemId, PaperForm form) {
        AgendaItem item = em.find(AgendaItem.class, itemId);
        requireManage(item);
        Paper paper = new Paper(item);
        write(paper, form, item);
        if (item.getMeeting().agendaPublished()) {
            paper.markLate();
        }
        em.persist(paper);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Paper", paper.getId(), paper.getTitle(),
                Changes.of().set("item", itemId).set("title", paper.getTitle()).set("late", paper.isLate()));
        return view(paper);
    }

    public PaperView updatePaper(long paperId, PaperForm form) {
        Paper paper = em.find(Paper.class, paperId);
        requireManage(paper == null ? null : paper.getItem());
        ConflictException.requireVersion(paper.getVersion(), form.version());
        String before = paper.getTitle();
        write(paper, form, paper.getItem());
        Saving.flush(em);
        audit.record(AuditAction.UPDATE, "Paper", paperId, paper.getTitle(), Changes.of().field("title", before,
                paper.getTitle()));
        return view(paper);
    }

    public PaperView getPaper(long paperId) {
        Paper paper = visible(em.find(Paper.class, paperId));
        auditRead(paper, "paper " + paper.getTitle());
        return view(paper);
    }

    /** The meeting of a paper the caller may read (not found otherwise); no read of the paper is recorded. */
    public long meetingOfPaper(long paperId) {
        return visible(em.find(Paper.class, paperId)).getItem().getMeeting().getId();
    }

    /** Whether the caller may write a paper for this item; not found for those who may not manage its body. */
    public boolean mayAddPaper(long itemId) {
        requireManage(em.find(AgendaItem.class, itemId));
        return true;
    }

    /** A paper for its secretary's edit form: not found for those who may not manage its body. */
    public PaperView paperToEdit(long paperId) {
        Paper paper = em.find(Paper.class, paperId);
        requireManage(paper == null ? null : paper.getItem());
        return view(paper);
    }

    /** Papers of a meeting by item id, for the items the caller may read in full. */
    public Map<Long, List<PaperView>> papersOfMeeting(long meetingId) {
        Caller caller = access.caller();
        Map<Long, List<PaperView>> byItem = new LinkedHashMap<>();
        for (Paper paper : em.createQuery("select p from Paper p where p.item.meeting.id = :m order by p.item.position, p.id",
                Paper.class).setParameter("m", meetingId).getResultList()) {
            if (readable(caller, paper)) {
                byItem.computeIfAbsent(paper.getItem().getId(), k -> new java.util.ArrayList<>()).add(view(paper));
            }
        }
        return byItem;
    }

    /** Adds a file to a paper, or a new revision of one of its files when {@code replacesId} is given. */
    public PaperView.FileView upload(long paperId, String fileName, byte[] content, Long replacesId) {
        Paper paper = em.find(Paper.class, paperId);
        requireManage(paper == null ? null : paper.getItem());
        StoredFile stored = files.accept(fileName, content);
        Attachment replaces = null;
        if (replacesId != null) {
            replaces = em.find(Attachment.class, replacesId);
            InvalidInputException.require(replaces != null && replaces.getPaper().getId().equals(paperId)
                    && !replaces.isSuperseded(), "Choose a current file of this paper to replace.");
            replaces.supersede();
        }
        boolean late = paper.getItem().getMeeting().agendaPublished();
        if (late) {
            paper.markLate();
        }
        Attachment file = new Attachment(paper, stored, content, replaces, late, currentPerson.get().orElse(null));
        em.persist(file);
        Saving.flush(em);
        audit.record(AuditAction.CREATE, "Attachment", file.getId(), stored.getFileName(), Changes.of()
                .set("paper", paperId).set("contentType", stored.getContentType()).set("sizeBytes", stored.getSizeBytes())
                .set("sha256", stored.getSha256())
                .set("replaces", replacesId).set("late", late));
        if (late) {
            arrivedLate.fire(new PaperArrivedLate(paper.getItem().getMeeting().getId(),
                    paper.getItem().getMeeting().getBody().getId(), paperId, replaces != null));
        }
        return fileView(file);
    }

    public FileContent download(long attachmentId) {
        Attachment file = em.find(Attachment.class, attachmentId);
        visible(file == null ? null : file.getPaper());
        auditRead(file.getPaper(), "file " + file.getFile().getFileName());
        return file.getFile().withContent(file.getContent());
    }

    /** The meeting whose agenda carries this file, when the caller may read the file. */
    public long meetingOfAttachment(long attachmentId) {
        Attachment file = em.find(Attachment.class, attachmentId);
        visible(file == null ? null : file.getPaper());
        return file.getPaper().getItem().getMeeting().getId();
    }

    /** The paper's main file: its first current one. */
    public FileContent paperFile(long paperId) {
        Paper paper = visible(em.find(Paper.class, paperId));
        Attachment file = em.createQuery("select a from Attachment a where a.paper = :p and a.superseded = false "
                        + "order by a.id", Attachment.class).setParameter("p", paper).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        return download(file.getId());
    }

    /** Whether the caller may read this paper in full. */
    private boolean readable(Caller caller, Paper paper) {
        Meeting meeting = paper.getItem().getMeeting();
        return access.maySee(caller, paper.getItem().scope())
                && (meeting.agendaPublished() || access.mayManage(caller, meeting.getBody().getId()));
    }

    private Paper visible(Paper paper) {
        if (paper == null || !readable(access.caller(), paper)) {
            throw new NotFoundException();
        }
        return paper;
    }

    /** Not found unless the caller may see the item (its body and its level); refused unless they manage it. */
    private void requireManage(AgendaItem item) {
        if (item == null) {
            throw new NotFoundException();
        }
        access.requireManager(access.caller(), item.scope());
    }

    private void auditRead(Paper paper, String what) {
        AccessLevel level = paper.getItem().getAccessLevel();
        if (level == AccessLevel.RESTRICTED || level == AccessLevel.EXEMPT) {
            audit.record(AuditAction.READ, "Paper", paper.getId(), "Read " + what, null);
        }
    }

    private static void write(Paper paper, PaperForm f, AgendaItem item) {
        InvalidInputException.requireText(f.reportOf(), "'report of' (who the report is from)", 300);
        InvalidInputException.requireText(f.title(), "report's title", 500);
        InvalidInputException.require(f.reportDate() != null, "Enter the date of the report.");
        String submittedTo = f.submittedTo() == null || f.submittedTo().isBlank()
                ? item.getMeeting().getBody().getName() : f.submittedTo().strip();
        ItemPurpose reportFor = Choices.parseOr(ItemPurpose.class, f.reportFor(), item.getPurpose(),
                "Choose what the report is for: information, decision or discussion.");
        ProtectiveMarking marking = Choices.parseOr(ProtectiveMarking.class, f.protectiveMarking(),
                ProtectiveMarking.OFFICIAL, "Choose the protective marking: OFFICIAL or OFFICIAL-SENSITIVE.");
        paper.write(new PaperForm(f.reportOf().strip(), submittedTo, f.reportDate(), f.title().strip(), null,
                f.keyDecision(), f.urgent(), InvalidInputException.optionalText(f.strategicPriority(), "strategic priority", 300),
                null, InvalidInputException.optionalText(f.summary(), "summary", 20_000),
                InvalidInputException.optionalText(f.recommendations(), "recommendations", 20_000),
                InvalidInputException.optionalText(f.backgroundPapers(), "background papers", 20_000), null),
                submittedTo, reportFor, marking);
    }


    PaperView view(Paper p) {
        List<PaperView.FileView> files = em.createQuery("select a from Attachment a where a.paper = :p order by a.id",
                Attachment.class).setParameter("p", p).getResultStream().map(PaperService::fileView).toList();
        return new PaperView(p.getId(), p.getVersion(), p.getItem().getId(), p.getItem().getMeeting().getId(),
                p.getReportOf(), p.getSubmittedTo(), p.getReportDate(), p.getTitle(), p.getReportFor().label(),
                p.isKeyDecision(), p.isUrgent(), p.getStrategicPriority(), p.getProtectiveMarking().label(),
                p.getSummary(), p.getRecommendations(), p.getBackgroundPapers(), p.isLate(), files);
    }

    private static PaperView.FileView fileView(Attachment a) {
        StoredFile f = a.getFile();
        return new PaperView.FileView(a.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getSha256(),
                a.getRevision(), a.isSuperseded(), a.isLate(), a.getCreatedAt());
    }


}
