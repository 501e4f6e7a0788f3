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

    @Column(name = "person_id")
    private Long personId;

    @Column(name = "subscription_id")
    private Long subscriptionId;

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

    /** DAILY or WEEKLY for a message that waits for its person's digest; null for one sent at once. */
    private String digest;

    protected Notification() {
    }

    /** A message owed to a public subscription, sent at once. */
    static Notification toSubscriber(NotificationKind kind, long subscriptionId, long subjectId, OffsetDateTime now) {
        Notification n = new Notification();
        n.kind = kind;
        n.subscriptionId = subscriptionId;
        n.subjectId = subjectId;
        n.dueAt = now;
        return n;
    }

    /** A message owed to a person who takes its body's mail in the given way, written at the given moment. */
    Notification(NotificationKind kind, long personId, long subjectId, MailMode mode, OffsetDateTime now) {
        this.kind = kind;
        this.personId = personId;
        this.subjectId = subjectId;
        this.dueAt = mode.dueAfter(now);
        this.digest = mode.digest() ? mode.name() : null;
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

    /** For a member of the public's subscription, its id; otherwise null. */
    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public Long getPersonId() {
        return personId;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public OffsetDateTime getDueAt() {
        return dueAt;
    }

    public MailMode getDigest() {
        return digest == null ? null : MailMode.valueOf(digest);
    }

    public int getAttempts() {
        return attempts;
    }
}
