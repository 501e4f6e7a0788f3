package uk.partnership.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.shared.BaseEntity;

/** An agency's own OpenID Connect provider, and the e-mail domains whose people it signs in. */
@Entity
@Table(name = "identity_provider")
public class IdentityProvider extends BaseEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(name = "client_id", nullable = false, length = 200)
    private String clientId;

    /** Lower case, separated by commas. */
    @Column(name = "email_domains", nullable = false, length = 1000)
    private String emailDomains;

    protected IdentityProvider() {
    }

    IdentityProvider(Agency agency, String issuer, String clientId, List<String> domains) {
        this.agency = agency;
        change(issuer, clientId, domains);
    }

    void change(String issuer, String clientId, List<String> domains) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.emailDomains = String.join(",", domains);
    }

    public Agency getAgency() {
        return agency;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public List<String> getEmailDomains() {
        return Arrays.stream(emailDomains.split(",")).filter(d -> !d.isBlank()).toList();
    }

    boolean serves(String domain) {
        return getEmailDomains().contains(domain);
    }

    /** How a person's subject at this provider is kept on their account. */
    String subjectKey(String subject) {
        return getId() + ":" + subject;
    }
}
