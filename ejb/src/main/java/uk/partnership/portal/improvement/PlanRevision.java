package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.partnership.portal.shared.BaseEntity;

/** What the plan said before a refresh: its priorities with their RAG roll-up and statements, as JSON. */
@Entity
@Table(name = "plan_revision")
public class PlanRevision extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private ImprovementPlan plan;

    @Column(nullable = false)
    private int revision;

    @Column(name = "refreshed_on", nullable = false)
    private LocalDate refreshedOn;

    @Column(nullable = false, length = 1000)
    private String reason;

    @ManyToOne
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(nullable = false)
    private String snapshot;

    protected PlanRevision() {
    }

    PlanRevision(ImprovementPlan plan, int revision, LocalDate refreshedOn, String reason, Inspection inspection,
                 String snapshot) {
        this.plan = plan;
        this.revision = revision;
        this.refreshedOn = refreshedOn;
        this.reason = reason;
        this.inspection = inspection;
        this.snapshot = snapshot;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDate getRefreshedOn() {
        return refreshedOn;
    }

    public String getReason() {
        return reason;
    }

    public Inspection getInspection() {
        return inspection;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
