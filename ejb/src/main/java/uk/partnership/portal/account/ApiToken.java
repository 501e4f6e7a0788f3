package uk.partnership.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A bearer token for the API, stored as the SHA-256 of the token so a database read cannot replay it. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    /** The holder's name for a personal token; none for one exchanged for a password. */
    @Column(length = 100)
    private String name;

    protected ApiToken() {
    }

    ApiToken(String tokenHash, Person person, OffsetDateTime issuedAt, OffsetDateTime expiresAt, String name) {
        this.tokenHash = tokenHash;
        this.person = person;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** A short public name for the token: the start of its hash, which reveals nothing of the token. */
    public String getReference() {
        return tokenHash.substring(0, 16);
    }

    String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }

    public Person getPerson() {
        return person;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
