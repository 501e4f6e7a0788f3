package uk.partnership.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditEvent;
import uk.partnership.portal.shared.BaseEntity;
import uk.partnership.portal.shared.InvalidInputException;

/** Someone who can sign in: always belongs to one agency. */
@Entity
@Table(name = "person")
@NamedQueries({
    @NamedQuery(name = "Person.findByUsername",
            query = "select p from Person p join fetch p.agency where p.username = :username"),
    @NamedQuery(name = "Person.findByInvitation",
            query = "select p from Person p where p.invitationHash = :hash"),
    @NamedQuery(name = "Person.ofAgency",
            query = "select p from Person p where p.agency.id = :agency order by p.fullName")
})
public class Person extends BaseEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(length = 320)
    private String email;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Column(name = "sso_subject", length = 300)
    private String ssoSubject;

    @Column(nullable = false)
    private static final java.security.SecureRandom INVITATION_RANDOM = new java.security.SecureRandom();

    private boolean enabled = true;

    @Column(name = "system_admin", nullable = false)
    private boolean systemAdmin;

    @Column(name = "agency_admin", nullable = false)
    private boolean agencyAdmin;

    @Column(name = "invitation_hash", length = 64)
    private String invitationHash;

    /** When the holder signed in through the pages before this visit (written by SignInService.visitStarted). */
    @Column(name = "previous_visit_at", insertable = false, updatable = false)
    private java.time.OffsetDateTime previousVisitAt;

    /** Moves whenever what the holder may see could change (V18's triggers); the access policy's cache key. */
    @Column(name = "access_stamp", insertable = false, updatable = false)
    private long accessStamp;

    /** The authenticator app's secret (base32), once enrolment is confirmed with a code. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private java.time.OffsetDateTime totpEnrolledAt;

    /** The last time step whose code was accepted: a code works once. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** How many passkeys the holder has registered (kept by the Passkeys service). */
    @Column(name = "passkey_count", nullable = false)
    private int passkeyCount;

    /** Sessions begun before this moment are over ("sign out everywhere"). */
    @Column(name = "sessions_ended_at")
    private java.time.OffsetDateTime sessionsEndedAt;

    @Column(name = "invitation_expires_at")
    private java.time.OffsetDateTime invitationExpiresAt;

    protected Person() {
    }

    public Person(String username, String fullName, Agency agency) {
        this.username = normalise(username);
        this.fullName = fullName;
        this.agency = agency;
    }

    /** Login names are compared without regard to case or surrounding spaces. */
    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public void describe(String fullName, String email, String jobTitle) {
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Waits for the holder to choose a password through the one-time link whose hash is given. */
    public void invite(String invitationHash, java.time.OffsetDateTime expiresAt) {
        this.invitationHash = invitationHash;
        this.invitationExpiresAt = expiresAt;
        this.passwordHash = null;
    }

    /**
     * A fresh one-time link for the holder to choose a password, replacing any earlier one: the token to put in the
     * link (only its hash is kept).
     */
    public String issueInvitation(java.time.OffsetDateTime expiresAt) {
        byte[] raw = new byte[32];
        INVITATION_RANDOM.nextBytes(raw);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        invite(ApiTokenService.sha256(token), expiresAt);
        return token;
    }

    /**
     * Signed in through the agency's provider: its subject (kept as {@code <provider id>:<subject>}) opens this
     * account from now on, and an open invitation is used up.
     */
    public void signedOnAs(String subjectKey) {
        this.ssoSubject = subjectKey;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null || passkeyCount > 0;
    }

    public boolean hasAuthenticatorApp() {
        return totpSecret != null;
    }

    public boolean hasPasskey() {
        return passkeyCount > 0;
    }

    void passkeysNow(int count) {
        this.passkeyCount = count;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    long getTotpLastStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    void enrolTotp(String secret, long step, java.time.OffsetDateTime at) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        this.totpEnrolledAt = at;
    }

    void totpUsed(long step) {
        this.totpLastStep = step;
    }

    void dropSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.totpEnrolledAt = null;
        this.passkeyCount = 0;
    }

    public void endSessions(java.time.OffsetDateTime at) {
        this.sessionsEndedAt = at;
    }

    /** The invitation is used up: the password is the holder's own from now on. */
    public void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
    }

    public java.time.OffsetDateTime getPreviousVisitAt() {
        return previousVisitAt;
    }

    public java.time.OffsetDateTime getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public boolean isInvitationPending() {
        return invitationHash != null;
    }

    /** Who this is, as the audit trail records it. */
    public AuditEvent.Actor auditActor() {
        return new AuditEvent.Actor(getId(), username, agency.getId(), agency.getName());
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getSsoSubject() {
        return ssoSubject;
    }

    /** Refuses this person as the owner of something their agency does not own, naming both agencies. */
    public void requireWorksFor(Agency owner) {
        InvalidInputException.require(agency.equals(owner), fullName + " works for " + agency.getName() + ", not "
                + owner.getName() + ". Choose an owner from the owning agency.");
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isSystemAdmin() {
        return systemAdmin;
    }

    public boolean isAgencyAdmin() {
        return agencyAdmin;
    }
}
