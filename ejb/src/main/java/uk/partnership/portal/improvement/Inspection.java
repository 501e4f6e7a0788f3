package uk.partnership.portal.improvement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** An inspection or visit the board follows up: its focus, judgements per area, and the letter's findings. */
@Entity
@Table(name = "inspection")
public class Inspection extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InspectionKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "focus_areas")
    private String focusAreas;

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_judgement", length = 30)
    private Judgement overall;

    @Column(name = "letter_published_on")
    private LocalDate letterPublishedOn;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AreaJudgement> judgements = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Finding> findings = new ArrayList<>();

    protected Inspection() {
    }

    Inspection(Body body, InspectionKind kind, String title, LocalDate startsOn, LocalDate endsOn, String focusAreas,
               Judgement overall, LocalDate letterPublishedOn) {
        this.body = body;
        this.kind = kind;
        this.title = title;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.focusAreas = focusAreas;
        this.overall = overall;
        this.letterPublishedOn = letterPublishedOn;
    }

    void judge(String area, Judgement judgement) {
        judgements.add(new AreaJudgement(this, judgements.size() + 1, area, judgement));
    }

    Finding find(FindingKind kind, String text) {
        Finding f = new Finding(this, findings.size() + 1, kind, text);
        findings.add(f);
        return f;
    }

    public Body getBody() {
        return body;
    }

    public InspectionKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getFocusAreas() {
        return focusAreas;
    }

    public Judgement getOverall() {
        return overall;
    }

    public LocalDate getLetterPublishedOn() {
        return letterPublishedOn;
    }

    public List<AreaJudgement> getJudgements() {
        return judgements;
    }

    public List<Finding> getFindings() {
        return findings;
    }
}
