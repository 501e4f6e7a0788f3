package uk.partnership.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One message owed to one person, until it is sent or dropped (the person may no longer read its subject). */
@Entity
@Table(name = "notification")
public class Notification {

    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final int MAX_ATTEMPTS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "due_at", nullable = false)
    private OffsetDateTime dueAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    private String dropped;

    private String subject;

    private String recipient;

    protected Notification() {
    }

    Notification(NotificationKind kind, long personId, long subjectId, OffsetDateTime dueAt) {
        this.kind = kind;
        this.personId = personId;
        this.subjectId = subjectId;
        this.dueAt = dueAt;
    }

    void sent(OffsetDateTime at, String subject, String recipient) {
        this.sentAt = at;
        this.attempts++;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.recipient = recipient;
    }

    void drop(String why) {
        this.dropped = why.length() > 200 ? why.substring(0, 200) : why;
    }

    /** A failed attempt: try again later, waiting twice as long each time up to an hour; give up after many. */
    void failed(OffsetDateTime now, String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration wait = FIRST_RETRY.multipliedBy(factor);
        dueAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        if (attempts >= MAX_ATTEMPTS) {
            drop("Undelivered after " + attempts + " attempts: " + lastError);
        }
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public long getPersonId() {
        return personId;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public int getAttempts() {
        return attempts;
    }
}
