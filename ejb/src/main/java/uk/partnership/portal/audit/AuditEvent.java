package uk.partnership.portal.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import uk.partnership.portal.shared.Sha256;

/** One line of the append-only audit trail. Never changed after it is written; there are no setters. */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
public class AuditEvent {

    public static final String GENESIS = "0".repeat(64);

    @Id
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "person_id")
    private Long personId;

    private String username;

    @Column(name = "agency_id")
    private Long agencyId;

    @Column(name = "agency_name")
    private String agencyName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    private String entity;

    @Column(name = "entity_id")
    private Long entityId;

    private String summary;

    private String changes;

    private String origin;

    @Column(name = "prev_hash", nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long id, OffsetDateTime occurredAt, Actor actor, AuditAction action, String entity, Long entityId,
               String summary, String changes, String origin, String prevHash) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.personId = actor.personId();
        this.username = actor.username();
        this.agencyId = actor.agencyId();
        this.agencyName = actor.agencyName();
        this.action = action;
        this.entity = entity;
        this.entityId = entityId;
        this.summary = summary;
        this.changes = changes;
        this.origin = origin;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** Who did it, as recorded; kept by value so the record stands even if the person's details change. */
    public record Actor(Long personId, String username, Long agencyId, String agencyName) {
        public static final Actor NOBODY = new Actor(null, null, null, null);

        /** A login name that matches no account (or one not to be linked). */
        public static Actor login(String name) {
            return new Actor(null, name, null, null);
        }
    }

    /** SHA-256 over every stored field and the previous hash, in a fixed order. */
    public String computeHash() {
        String canonical = String.join("\u001f", String.valueOf(id),
                occurredAt.withOffsetSameInstant(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                String.valueOf(personId), String.valueOf(username), String.valueOf(agencyId),
                String.valueOf(agencyName), action.name(), String.valueOf(entity), String.valueOf(entityId),
                String.valueOf(summary), String.valueOf(changes), String.valueOf(origin), prevHash);
        return Sha256.hex(canonical);
    }

    public boolean intact(String expectedPrevHash) {
        return Objects.equals(prevHash, expectedPrevHash) && Objects.equals(hash, computeHash());
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getUsername() {
        return username;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntity() {
        return entity;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public String getChanges() {
        return changes;
    }

    public String getOrigin() {
        return origin;
    }

    public String getHash() {
        return hash;
    }

    public String getPrevHash() {
        return prevHash;
    }
}
