package uk.partnership.portal.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;

/** A dated progress report: what was done, what difference it made ("so what?"), and the status it leaves. */
@Entity
@Table(name = "action_update")
public class ActionUpdate extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "action_id")
    private Action action;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false)
    private String progress;

    private String impact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, length = 20)
    private ActionStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20)
    private ActionStatus statusAfter;

    @ManyToOne
    @JoinColumn(name = "author_id")
    private Person author;

    @ManyToOne
    @JoinColumn(name = "author_agency_id")
    private Agency authorAgency;

    protected ActionUpdate() {
    }

    ActionUpdate(Action action, LocalDate writtenOn, String progress, String impact, ActionStatus statusAfter,
                 Person author) {
        this.action = action;
        this.writtenOn = writtenOn;
        this.progress = progress;
        this.impact = impact;
        this.statusBefore = action.getStatus();
        this.statusAfter = statusAfter;
        this.author = author;
        this.authorAgency = author == null ? null : author.getAgency();
    }

    public Action getAction() {
        return action;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public String getProgress() {
        return progress;
    }

    public String getImpact() {
        return impact;
    }

    public ActionStatus getStatusBefore() {
        return statusBefore;
    }

    public ActionStatus getStatusAfter() {
        return statusAfter;
    }

    public Person getAuthor() {
        return author;
    }

    public Agency getAuthorAgency() {
        return authorAgency;
    }
}
