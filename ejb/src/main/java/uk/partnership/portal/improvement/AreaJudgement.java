package uk.partnership.portal.improvement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.partnership.portal.shared.BaseEntity;

/** The judgement for one area of an inspection ("The experiences and progress of children in care"). */
@Entity
@Table(name = "inspection_judgement")
public class AreaJudgement extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String area;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Judgement judgement;

    protected AreaJudgement() {
    }

    AreaJudgement(Inspection inspection, int position, String area, Judgement judgement) {
        this.inspection = inspection;
        this.position = position;
        this.area = area;
        this.judgement = judgement;
    }

    public String getArea() {
        return area;
    }

    public Judgement getJudgement() {
        return judgement;
    }
}
