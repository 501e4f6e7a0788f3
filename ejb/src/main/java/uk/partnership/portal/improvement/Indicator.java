package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.partnership.portal.access.Scope;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.body.Body;
import uk.partnership.portal.shared.BaseEntity;

/**
 * A measure the board follows ("children looked after"), defined once: unit, polarity, target, and for rates the
 * base (per 10,000 children) with the population figure and where it comes from. The owning agency records values.
 */
@Entity
@Table(name = "indicator")
public class Indicator extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @ManyToOne
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;

    private BigDecimal target;

    @Column(name = "rate_per")
    private Integer ratePer;

    private Integer population;

    @Column(name = "population_source", length = 300)
    private String populationSource;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_agency_id")
    private Agency ownerAgency;

    protected Indicator() {
    }

    Indicator(Body body, Priority priority, String name, Unit unit, Polarity polarity, BigDecimal target,
              Integer ratePer, Integer population, String populationSource, Agency ownerAgency) {
        this.body = body;
        this.priority = priority;
        this.name = name;
        this.unit = unit;
        this.polarity = polarity;
        this.target = target;
        this.ratePer = ratePer;
        this.population = population;
        this.populationSource = populationSource;
        this.ownerAgency = ownerAgency;
    }

    /** The value as a rate per {@code ratePer} of the population, to one decimal place; null when no base is set. */
    public BigDecimal rate(BigDecimal value) {
        if (ratePer == null || population == null || value == null) {
            return null;
        }
        return value.multiply(BigDecimal.valueOf(ratePer)).divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_UP);
    }

    /** Whether a value meets the target, read by the polarity; null without a target. */
    public Boolean meetsTarget(BigDecimal value) {
        if (target == null || value == null) {
            return null;
        }
        return switch (polarity) {
            case HIGHER_IS_BETTER -> value.compareTo(target) >= 0;
            case LOWER_IS_BETTER -> value.compareTo(target) <= 0;
            case CLOSER_TO_TARGET -> value.subtract(target).abs().compareTo(target.abs().multiply(new BigDecimal("0.05"))) <= 0;
        };
    }

    /** Percentage change from one value to another, to one decimal place (null from zero). */
    public static BigDecimal percentChange(BigDecimal from, BigDecimal to) {
        if (from == null || to == null || from.signum() == 0) {
            return null;
        }
        return to.subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 1, RoundingMode.HALF_UP);
    }

    /** Seen by the body's members and by the owning agency. */
    public Scope scope() {
        return body.workingScope(ownerAgency.getId());
    }

    public Body getBody() {
        return body;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getName() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public Integer getRatePer() {
        return ratePer;
    }

    public Integer getPopulation() {
        return population;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public Agency getOwnerAgency() {
        return ownerAgency;
    }
}
