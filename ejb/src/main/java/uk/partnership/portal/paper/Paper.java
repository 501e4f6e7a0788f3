package uk.partnership.portal.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.partnership.portal.meeting.AgendaItem;
import uk.partnership.portal.meeting.ItemPurpose;
import uk.partnership.portal.shared.BaseEntity;

/** A committee report for an agenda item, with the header of a council report. Its item decides who sees it. */
@Entity
@Table(name = "paper")
public class Paper extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Column(name = "report_of", nullable = false)
    private String reportOf;

    @Column(name = "submitted_to", nullable = false)
    private String submittedTo;

    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_for", nullable = false)
    private ItemPurpose reportFor;

    @Column(name = "key_decision", nullable = false)
    private boolean keyDecision;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "strategic_priority")
    private String strategicPriority;

    @Enumerated(EnumType.STRING)
    @Column(name = "protective_marking", nullable = false)
    private ProtectiveMarking protectiveMarking = ProtectiveMarking.OFFICIAL;

    private String summary;

    private String recommendations;

    @Column(name = "background_papers")
    private String backgroundPapers;

    /** Sent after the agenda went out, or replacing an earlier version. */
    private boolean late;

    protected Paper() {
    }

    Paper(AgendaItem item) {
        this.item = item;
    }

    void write(PaperForm f, String submittedTo, ItemPurpose reportFor, ProtectiveMarking marking) {
        this.reportOf = f.reportOf();
        this.submittedTo = submittedTo;
        this.reportDate = f.reportDate();
        this.title = f.title();
        this.reportFor = reportFor;
        this.keyDecision = Boolean.TRUE.equals(f.keyDecision());
        this.urgent = Boolean.TRUE.equals(f.urgent());
        this.strategicPriority = f.strategicPriority();
        this.protectiveMarking = marking;
        this.summary = f.summary();
        this.recommendations = f.recommendations();
        this.backgroundPapers = f.backgroundPapers();
    }

    void markLate() {
        this.late = true;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getReportOf() {
        return reportOf;
    }

    public String getSubmittedTo() {
        return submittedTo;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public String getTitle() {
        return title;
    }

    public ItemPurpose getReportFor() {
        return reportFor;
    }

    public boolean isKeyDecision() {
        return keyDecision;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getStrategicPriority() {
        return strategicPriority;
    }

    public ProtectiveMarking getProtectiveMarking() {
        return protectiveMarking;
    }

    public String getSummary() {
        return summary;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public String getBackgroundPapers() {
        return backgroundPapers;
    }

    public boolean isLate() {
        return late;
    }
}
