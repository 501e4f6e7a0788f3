package uk.partnership.portal.improvement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A new indicator, as the secretary's page and the API send it: what is measured, in what unit, which way is better,
 * the target, the agency that records it, and — for a rate per head — the base and the population counted over.
 */
@RateComplete
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ABOVE_ZERO = "The rate base and the population must be above zero.";

    @NotBlank(message = "Enter the indicator's name.")
    @Size(max = 300, message = "The indicator's name must be 300 characters or fewer.")
    private String name;

    private Unit unit = Unit.COUNT;

    @NotNull(message = "Say whether higher or lower is better.")
    private Polarity polarity;

    private BigDecimal target;

    @Positive(message = ABOVE_ZERO)
    private Integer ratePer;

    @Positive(message = ABOVE_ZERO)
    private Integer population;

    @Size(max = 300, message = "The population source must be 300 characters or fewer.")
    private String populationSource;

    @NotNull(message = "Choose the agency that records the indicator.")
    private Long ownerAgencyId;

    private Long priorityId;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit == null ? Unit.COUNT : unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity polarity) {
        this.polarity = polarity;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public Integer getRatePer() {
        return ratePer;
    }

    public void setRatePer(Integer ratePer) {
        this.ratePer = ratePer;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public void setPopulationSource(String populationSource) {
        this.populationSource = populationSource;
    }

    public Long getOwnerAgencyId() {
        return ownerAgencyId;
    }

    public void setOwnerAgencyId(Long ownerAgencyId) {
        this.ownerAgencyId = ownerAgencyId;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(Long priorityId) {
        this.priorityId = priorityId;
    }
}
