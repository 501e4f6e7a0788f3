package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import uk.partnership.portal.account.Person;
import uk.partnership.portal.shared.BaseEntity;

/** One dated value of an indicator. */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "as_at", nullable = false)
    private LocalDate asAt;

    @Column(nullable = false)
    private BigDecimal value;

    @ManyToOne
    @JoinColumn(name = "recorded_by")
    private Person recordedBy;

    protected IndicatorValue() {
    }

    IndicatorValue(Indicator indicator, LocalDate asAt, BigDecimal value, Person recordedBy) {
        this.indicator = indicator;
        this.asAt = asAt;
        this.value = value;
        this.recordedBy = recordedBy;
    }

    void correct(BigDecimal value, Person by) {
        this.value = value;
        this.recordedBy = by;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public LocalDate getAsAt() {
        return asAt;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }
}
