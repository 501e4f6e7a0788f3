package uk.partnership.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One passkey of a person: the authenticator's credential (id, public key) and its signature counter. */
@Entity
@Table(name = "passkey")
public class Passkey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    /** The credential id, base64url as browsers send it. */
    @Column(name = "credential_id", nullable = false, length = 1400)
    private String credentialId;

    @Column(nullable = false, length = 100)
    private String name;

    /** AAGUID, credential id and COSE public key as webauthn4j serialises attested credential data. */
    @Column(name = "credential_data", nullable = false)
    private byte[] credentialData;

    @Column(name = "sign_count", nullable = false)
    private long signCount;

    @Column(name = "uv_initialized", nullable = false)
    private boolean uvInitialized;

    @Column(name = "backup_eligible")
    private Boolean backupEligible;

    @Column(name = "backup_state")
    private Boolean backupState;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    protected Passkey() {
    }

    Passkey(Person person, String credentialId, String name, byte[] credentialData, long signCount,
            boolean uvInitialized, Boolean backupEligible, Boolean backupState, OffsetDateTime createdAt) {
        this.person = person;
        this.credentialId = credentialId;
        this.name = name;
        this.credentialData = credentialData;
        this.signCount = signCount;
        this.uvInitialized = uvInitialized;
        this.backupEligible = backupEligible;
        this.backupState = backupState;
        this.createdAt = createdAt;
    }

    void used(long signCount, boolean userVerified, Boolean backupState, OffsetDateTime at) {
        this.signCount = signCount;
        this.uvInitialized = uvInitialized || userVerified;
        this.backupState = backupState;
        this.lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    Person getPerson() {
        return person;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public String getName() {
        return name;
    }

    byte[] getCredentialData() {
        return credentialData;
    }

    long getSignCount() {
        return signCount;
    }

    boolean isUvInitialized() {
        return uvInitialized;
    }

    Boolean getBackupEligible() {
        return backupEligible;
    }

    Boolean getBackupState() {
        return backupState;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
