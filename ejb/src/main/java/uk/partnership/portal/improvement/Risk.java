package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.action.Action;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.InvalidInputException;

/** An entry of a body's risk register: likelihood × impact on 1–5 each, mitigated by actions, reviewed by a date. */
@Entity
@Table(name = "risk")
public class Risk extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(nullable = false, length = 300)
    private String title;

    private String description;

    @ManyToOne
    @JoinColumn(name = "owner_person_id")
    private Person ownerPerson;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_agency_id")
    private Agency ownerAgency;

    @Column(nullable = false)
    private int likelihood;

    @Column(nullable = false)
    private int impact;

    /** Scores above this are above the board's appetite. */
    @Column(nullable = false)
    private int appetite = 12;

    @Column(name = "review_on", nullable = false)
    private LocalDate reviewOn;

    private boolean closed;

    @ManyToMany
    @JoinTable(name = "risk_mitigation", joinColumns = @JoinColumn(name = "risk_id"),
            inverseJoinColumns = @JoinColumn(name = "action_id"))
    private Set<Action> mitigations = new LinkedHashSet<>();

    protected Risk() {
    }

    Risk(Body body, String title, String description, Person ownerPerson, Agency ownerAgency) {
        this.body = body;
        this.title = title;
        this.description = description;
        this.ownerPerson = ownerPerson;
        this.ownerAgency = ownerAgency;
    }

    void assess(int likelihood, int impact, int appetite, LocalDate reviewOn) {
        InvalidInputException.require(likelihood >= 1 && likelihood <= 5 && impact >= 1 && impact <= 5,
                "Score likelihood and impact from 1 to 5.");
        InvalidInputException.require(appetite >= 1 && appetite <= 25, "The appetite is a score from 1 to 25.");
        InvalidInputException.require(reviewOn != null, "Give the date of the next review.");
        this.likelihood = likelihood;
        this.impact = impact;
        this.appetite = appetite;
        this.reviewOn = reviewOn;
    }

    void mitigateWith(Action action) {
        InvalidInputException.require(action.getBody().equals(body), "Mitigations are actions of the same body.");
        mitigations.add(action);
    }

    void close() {
        closed = true;
    }

    public int score() {
        return likelihood * impact;
    }

    public boolean aboveAppetite() {
        return !closed && score() > appetite;
    }

    public boolean reviewOverdue(LocalDate today) {
        return !closed && reviewOn.isBefore(today);
    }

    public Body getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Person getOwnerPerson() {
        return ownerPerson;
    }

    public Agency getOwnerAgency() {
        return ownerAgency;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public int getAppetite() {
        return appetite;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public boolean isClosed() {
        return closed;
    }

    public Set<Action> getMitigations() {
        return mitigations;
    }
}
