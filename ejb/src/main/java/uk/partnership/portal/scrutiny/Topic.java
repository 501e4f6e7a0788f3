package uk.partnership.portal.scrutiny;

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
import uk.partnership.portal.body.Body;
import uk.partnership.portal.minutes.Decision;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.InvalidInputException;

/** One entry of a scrutiny body's work programme for a municipal year, from suggestion to final report. */
@Entity
@Table(name = "wp_topic")
public class Topic extends BaseEntity {

    /** Each screening criterion is scored 0 (none) to 5 (strong). */
    public static final int MAX_SCORE = 5;

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(name = "municipal_year", nullable = false)
    private int municipalYear;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false)
    private String reason;

    @Column(length = 300)
    private String priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TopicKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TopicStatus status;

    @Column(name = "suggested_by", nullable = false, length = 200)
    private String suggestedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggester_kind", nullable = false, length = 20)
    private SuggesterKind suggesterKind;

    @ManyToOne
    @JoinColumn(name = "suggester_person_id")
    private Person suggesterPerson;

    @ManyToOne
    @JoinColumn(name = "suggester_agency_id")
    private Agency suggesterAgency;

    @Column(name = "suggester_contact", length = 300)
    private String suggesterContact;

    @Column(name = "from_address_hash", length = 64)
    private String fromAddressHash;

    @Column(name = "score_public_interest")
    private Integer scorePublicInterest;

    @Column(name = "score_impact")
    private Integer scoreImpact;

    @Column(name = "score_performance")
    private Integer scorePerformance;

    @Column(name = "score_context")
    private Integer scoreContext;

    @Column(name = "score_duplication")
    private Integer scoreDuplication;

    @Column(name = "screening_note", length = 2000)
    private String screeningNote;

    @ManyToOne
    @JoinColumn(name = "selection_decision_id")
    private Decision selection;

    @ManyToOne
    @JoinColumn(name = "approval_decision_id")
    private Decision approval;

    @Column(name = "terms_of_reference")
    private String termsOfReference;

    @Column(name = "report_summary")
    private String reportSummary;

    @Column(name = "report_published_on")
    private LocalDate reportPublishedOn;

    protected Topic() {
    }

    Topic(Body body, int municipalYear, String title, String reason, String priority, TopicKind kind,
          String suggestedBy, SuggesterKind suggesterKind, Person suggesterPerson, Agency suggesterAgency,
          String suggesterContact, String fromAddressHash) {
        this.body = body;
        this.municipalYear = municipalYear;
        this.title = title;
        this.reason = reason;
        this.priority = priority;
        this.kind = kind;
        this.suggestedBy = suggestedBy;
        this.suggesterKind = suggesterKind;
        this.suggesterPerson = suggesterPerson;
        this.suggesterAgency = suggesterAgency;
        this.suggesterContact = suggesterContact;
        this.fromAddressHash = fromAddressHash;
        // Reviews go through selection and approval; one-off items and briefings are the panel's own to add.
        this.status = kind == TopicKind.REVIEW ? TopicStatus.SUGGESTED : TopicStatus.APPROVED;
    }

    void screen(int publicInterest, int impact, int performance, int context, int duplication, String note) {
        InvalidInputException.require(status == TopicStatus.SUGGESTED || status == TopicStatus.SCREENED
                || status == TopicStatus.NOT_SELECTED, "Only suggestions waiting for selection can be screened.");
        for (int score : new int[] {publicInterest, impact, performance, context, duplication}) {
            InvalidInputException.require(score >= 0 && score <= MAX_SCORE,
                    "Score each criterion from 0 to " + MAX_SCORE + ".");
        }
        this.scorePublicInterest = publicInterest;
        this.scoreImpact = impact;
        this.scorePerformance = performance;
        this.scoreContext = context;
        this.scoreDuplication = duplication;
        this.screeningNote = note;
        this.status = TopicStatus.SCREENED;
    }

    void select(Decision resolution) {
        InvalidInputException.require(kind == TopicKind.REVIEW && (status == TopicStatus.SUGGESTED
                || status == TopicStatus.SCREENED || status == TopicStatus.NOT_SELECTED),
                "'" + title + "' is not a suggestion waiting for selection.");
        this.selection = resolution;
        this.status = TopicStatus.SELECTED;
    }

    void approve(Decision resolution) {
        InvalidInputException.require(status == TopicStatus.SELECTED, "'" + title + "' is not awaiting approval.");
        this.approval = resolution;
        this.status = TopicStatus.APPROVED;
    }

    void notSelected() {
        if (status == TopicStatus.SUGGESTED || status == TopicStatus.SCREENED) {
            status = TopicStatus.NOT_SELECTED;
        }
    }

    void setTermsOfReference(String text) {
        requireInProgramme();
        this.termsOfReference = text;
    }

    void publishReport(String summary, LocalDate on) {
        requireInProgramme();
        this.reportSummary = summary;
        this.reportPublishedOn = on;
        this.status = TopicStatus.COMPLETED;
    }

    void requireInProgramme() {
        InvalidInputException.require(status.agreed(), "'" + title + "' is not in the agreed work programme yet.");
    }

    /** The screening total, or null before screening. */
    public Integer score() {
        return scorePublicInterest == null ? null
                : scorePublicInterest + scoreImpact + scorePerformance + scoreContext + scoreDuplication;
    }

    public Body getBody() {
        return body;
    }

    public int getMunicipalYear() {
        return municipalYear;
    }

    public String getTitle() {
        return title;
    }

    public String getReason() {
        return reason;
    }

    public String getPriority() {
        return priority;
    }

    public TopicKind getKind() {
        return kind;
    }

    public TopicStatus getStatus() {
        return status;
    }

    public String getSuggestedBy() {
        return suggestedBy;
    }

    public SuggesterKind getSuggesterKind() {
        return suggesterKind;
    }

    public Agency getSuggesterAgency() {
        return suggesterAgency;
    }

    public String getSuggesterContact() {
        return suggesterContact;
    }

    public Integer getScorePublicInterest() {
        return scorePublicInterest;
    }

    public Integer getScoreImpact() {
        return scoreImpact;
    }

    public Integer getScorePerformance() {
        return scorePerformance;
    }

    public Integer getScoreContext() {
        return scoreContext;
    }

    public Integer getScoreDuplication() {
        return scoreDuplication;
    }

    public String getScreeningNote() {
        return screeningNote;
    }

    public Decision getSelection() {
        return selection;
    }

    public Decision getApproval() {
        return approval;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public String getReportSummary() {
        return reportSummary;
    }

    public LocalDate getReportPublishedOn() {
        return reportPublishedOn;
    }
}
