package uk.partnership.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;

/** Someone who can sign in: always belongs to one agency. */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.findByUsername",
        query = "select p from Person p join fetch p.agency where p.username = :username")
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

    @Column(name = "sso_subject", length = 200)
    private String ssoSubject;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "system_admin", nullable = false)
    private boolean systemAdmin;

    @Column(name = "agency_admin", nullable = false)
    private boolean agencyAdmin;

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
