package uk.partnership.portal.web.paper;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.paper.PaperForm;
import uk.partnership.portal.paper.PaperService;
import uk.partnership.portal.paper.PaperView;
import uk.partnership.portal.paper.ProtectiveMarking;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.web.support.PageActions;

/** Writing a committee report for an agenda item ({@code ?item=}) or changing one ({@code ?id=}), and its files. */
@Named
@ViewScoped
public class PaperEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PaperService papers;

    @Inject
    PortalClock clock;

    private String itemParam;
    private String idParam;
    private PaperView paper;

    private String reportOf;
    private String submittedTo;
    private LocalDate reportDate;
    private String title;
    private String reportFor = "INFORMATION";
    private boolean keyDecision;
    private boolean urgent;
    private String strategicPriority;
    private String protectiveMarking = ProtectiveMarking.OFFICIAL.name();
    private String summary;
    private String recommendations;
    private String backgroundPapers;
    private transient Part upload;
    private Long replaces;

    @PostConstruct
    void startToday() {
        reportDate = clock.today();
    }

    public void load() {
        if (paper != null) {
            return;
        }
        if (idParam == null) {
            PageActions.loadOrNotFound(() -> papers.mayAddPaper(PageActions.id(itemParam)));
            return;
        }
        paper = PageActions.loadOrNotFound(() -> papers.paperToEdit(PageActions.id(idParam)));
        if (paper != null) {
            reportOf = paper.reportOf();
            submittedTo = paper.submittedTo();
            reportDate = paper.reportDate();
            title = paper.title();
            keyDecision = paper.keyDecision();
            urgent = paper.urgent();
            strategicPriority = paper.strategicPriority();
            protectiveMarking = paper.protectiveMarking().replace('-', '_');
            summary = paper.summary();
            recommendations = paper.recommendations();
            backgroundPapers = paper.backgroundPapers();
        }
    }

    public void save() {
        PaperForm form = new PaperForm(reportOf, submittedTo, reportDate, title, reportFor, keyDecision, urgent,
                strategicPriority, protectiveMarking, summary, recommendations, backgroundPapers,
                paper == null ? null : paper.version());
        PaperView saved = PageActions.attempt(() -> paper == null
                ? papers.createPaper(PageActions.id(itemParam), form) : papers.updatePaper(paper.id(), form));
        if (saved != null && paper == null) {
            // A new paper gets an address of its own, so reload and bookmarks open it rather than a blank form.
            Messages.addFlashGlobalInfo("Saved the paper. You can add its files below.");
            Faces.redirect(Faces.getRequestContextPath() + "/paper/edit.xhtml?id=%s", String.valueOf(saved.id()));
        } else if (saved != null) {
            paper = saved;
            Messages.addGlobalInfo("Saved the paper. You can add its files below.");
        }
    }

    public void uploadFile() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Messages.addGlobalError("Choose a file to upload.");
            return;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = uk.partnership.portal.web.support.Uploads.readAtMost(in, papers.maxUploadBytes());
        }
        String name = upload.getSubmittedFileName();
        if (PageActions.attempt(() -> papers.upload(paper.id(), name, content, replaces)) != null) {
            Messages.addGlobalInfo("Uploaded " + name + ".");
            paper = papers.getPaper(paper.id());
            replaces = null;
        }
    }

    public java.util.List<PaperView.FileView> getCurrentFiles() {
        return paper == null ? java.util.List.of() : paper.files().stream().filter(f -> !f.superseded()).toList();
    }

    public ProtectiveMarking[] getMarkings() {
        return ProtectiveMarking.values();
    }

    public String getItemParam() {
        return itemParam;
    }

    public void setItemParam(String itemParam) {
        this.itemParam = itemParam;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PaperView getPaper() {
        return paper;
    }

    public String getReportOf() {
        return reportOf;
    }

    public void setReportOf(String reportOf) {
        this.reportOf = reportOf;
    }

    public String getSubmittedTo() {
        return submittedTo;
    }

    public void setSubmittedTo(String submittedTo) {
        this.submittedTo = submittedTo;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public void setReportDate(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReportFor() {
        return reportFor;
    }

    public void setReportFor(String reportFor) {
        this.reportFor = reportFor;
    }

    public boolean isKeyDecision() {
        return keyDecision;
    }

    public void setKeyDecision(boolean keyDecision) {
        this.keyDecision = keyDecision;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public String getStrategicPriority() {
        return strategicPriority;
    }

    public void setStrategicPriority(String strategicPriority) {
        this.strategicPriority = strategicPriority;
    }

    public String getProtectiveMarking() {
        return protectiveMarking;
    }

    public void setProtectiveMarking(String protectiveMarking) {
        this.protectiveMarking = protectiveMarking;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getBackgroundPapers() {
        return backgroundPapers;
    }

    public void setBackgroundPapers(String backgroundPapers) {
        this.backgroundPapers = backgroundPapers;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public Long getReplaces() {
        return replaces;
    }

    public void setReplaces(Long replaces) {
        this.replaces = replaces;
    }
}
