package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.shared.BaseEntity;

/** A priority or theme of the plan ("the front door hub"), answering an inspection finding when it came from one. */
@Entity
@Table(name = "plan_priority")
public class Priority extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private ImprovementPlan plan;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 300)
    private String title;

    private String description;

    @ManyToOne
    @JoinColumn(name = "finding_id")
    private Finding finding;

    protected Priority() {
    }

    Priority(ImprovementPlan plan, int number, String title, String description, Finding finding) {
        this.plan = plan;
        this.number = number;
        this.title = title;
        this.description = description;
        this.finding = finding;
    }

    public ImprovementPlan getPlan() {
        return plan;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Finding getFinding() {
        return finding;
    }
}
