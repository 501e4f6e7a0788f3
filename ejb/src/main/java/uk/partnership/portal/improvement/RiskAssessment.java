package uk.partnership.portal.improvement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A risk's assessment — likelihood and impact on the 5 × 5 grid, the appetite above which it is escalated, the next
 * review and the actions that mitigate it — sent when a risk is entered and at each review, against the version the
 * reviewer read.
 */
public class RiskAssessment implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SCORE = "Score likelihood and impact from 1 to 5.";
    private static final String APPETITE = "The appetite is a score from 1 to 25.";

    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private Integer likelihood;

    @NotNull(message = SCORE)
    @Min(value = 1, message = SCORE)
    @Max(value = 5, message = SCORE)
    private Integer impact;

    @Min(value = 1, message = APPETITE)
    @Max(value = 25, message = APPETITE)
    private Integer appetite;

    @NotNull(message = "Give the date of the next review.")
    private LocalDate reviewOn;

    private List<Long> mitigationActionIds = new ArrayList<>();
    private Long version;

    public Integer getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Integer likelihood) {
        this.likelihood = likelihood;
    }

    public Integer getImpact() {
        return impact;
    }

    public void setImpact(Integer impact) {
        this.impact = impact;
    }

    public Integer getAppetite() {
        return appetite;
    }

    public void setAppetite(Integer appetite) {
        this.appetite = appetite;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    public List<Long> getMitigationActionIds() {
        return mitigationActionIds;
    }

    public void setMitigationActionIds(List<Long> mitigationActionIds) {
        this.mitigationActionIds = mitigationActionIds == null ? new ArrayList<>() : mitigationActionIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
