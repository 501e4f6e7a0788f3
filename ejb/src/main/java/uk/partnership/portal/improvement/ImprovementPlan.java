package uk.partnership.portal.improvement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.shared.BaseEntity;

/** An improvement plan overseen by a body, with its numbered priorities; refreshed after each visit. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 40)
    private String period;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "refreshed_on")
    private LocalDate refreshedOn;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<Priority> priorities = new ArrayList<>();

    protected ImprovementPlan() {
    }

    ImprovementPlan(Body body, String title, String period) {
        this.body = body;
        this.title = title;
        this.period = period;
    }

    Priority addPriority(String title, String description, Finding finding) {
        Priority p = new Priority(this, priorities.size() + 1, title, description, finding);
        priorities.add(p);
        markModified();
        return p;
    }

    /** A new revision begins; the caller has stored what the plan said before. */
    int refresh(LocalDate on) {
        revision++;
        refreshedOn = on;
        return revision;
    }

    public Body getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public String getPeriod() {
        return period;
    }

    public int getRevision() {
        return revision;
    }

    public LocalDate getRefreshedOn() {
        return refreshedOn;
    }

    public List<Priority> getPriorities() {
        return priorities;
    }
}
