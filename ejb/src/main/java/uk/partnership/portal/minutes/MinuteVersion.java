package uk.partnership.portal.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import uk.partnership.portal.account.Person;

/** One saved text of a minute: a save that became the minute, or one that lost a race and waits to be merged. */
@Entity
@Table(name = "minute_version")
public class MinuteVersion {

    public enum Kind { SAVED, CONFLICT, CORRECTION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "minute_id")
    private Minute minute;

    @Column(nullable = false)
    private int revision;

    @Column(name = "text_html", nullable = false)
    private String textHtml;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @ManyToOne
    @JoinColumn(name = "saved_by")
    private Person savedBy;

    @Column(name = "saved_at", nullable = false)
    private OffsetDateTime savedAt;

    private String note;

    protected MinuteVersion() {
    }

    MinuteVersion(Minute minute, int revision, String textHtml, Kind kind, Person savedBy, OffsetDateTime savedAt,
                  String note) {
        this(minute, revision, textHtml, kind, savedBy, savedAt);
        this.note = note;
    }

    MinuteVersion(Minute minute, int revision, String textHtml, Kind kind, Person savedBy, OffsetDateTime savedAt) {
        this.minute = minute;
        this.revision = revision;
        this.textHtml = textHtml;
        this.kind = kind;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public Long getId() {
        return id;
    }

    public int getRevision() {
        return revision;
    }

    public String getTextHtml() {
        return textHtml;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public Person getSavedBy() {
        return savedBy;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }
}
