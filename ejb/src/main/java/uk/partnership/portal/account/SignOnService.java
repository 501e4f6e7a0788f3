package uk.partnership.portal.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.agency.Agency;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditEvent;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.audit.Changes;
import uk.partnership.portal.shared.ConflictException;
import uk.partnership.portal.shared.FormCheck;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.Saving;

/**
 * Sign-on through an agency's own OpenID Connect provider: which provider a typed e-mail address belongs to, whose
 * account a provider's answer opens (only one the agency invited), and the providers themselves, which system
 * administrators register on the agency's page. The protocol (redirects, tokens, signatures) is the web tier's.
 */
@Stateless
@PermitAll
public class SignOnService {

    private static final Logger LOG = Logger.getLogger(SignOnService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    @Inject
    FormCheck forms;

    /** Where a provider sends the person back to, and how the portal proves itself to it. */
    public record Route(long providerId, String issuer, String clientId) {

        /** The client secret from configuration ({@code portal.oidc.<client id>.secret}); none for a public client. */
        public Optional<String> secret() {
            return secretOf(clientId);
        }
    }

    static Optional<String> secretOf(String clientId) {
        return ConfigProvider.getConfig().getOptionalValue("portal.oidc." + clientId + ".secret", String.class)
                .filter(s -> !s.isBlank());
    }

    /** The provider of the agency whose people use this e-mail domain; empty for a username or a domain with none. */
    public Optional<Route> routeFor(String typed) {
        String domain = domainOf(typed);
        if (domain == null) {
            return Optional.empty();
        }
        return em.createQuery("select ip from IdentityProvider ip where ip.emailDomains like :d", IdentityProvider.class)
                .setParameter("d", "%" + domain + "%")
                .getResultStream().filter(ip -> ip.serves(domain)).findFirst().map(SignOnService::route);
    }

    /** Every registered provider's way in, for the sign-in page's content security policy. */
    public List<Route> routes() {
        return em.createQuery("select ip from IdentityProvider ip order by ip.id", IdentityProvider.class)
                .getResultStream().map(SignOnService::route).toList();
    }

    public Optional<Route> route(long providerId) {
        return Optional.ofNullable(em.find(IdentityProvider.class, providerId)).map(SignOnService::route);
    }

    private static Route route(IdentityProvider ip) {
        return new Route(ip.getId(), ip.getIssuer(), ip.getClientId());
    }

    /** Whether this person's agency signs its people in itself (then their local password is not used). */
    public boolean agencySignsIn(Person person) {
        return !em.createQuery("select ip.id from IdentityProvider ip where ip.agency = :a", Long.class)
                .setParameter("a", person.getAgency()).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * A provider has vouched for this subject and e-mail address (the web tier checked the ID token's signature,
     * issuer, audience, expiry and nonce). Opens the account of the provider's agency that has this subject, or
     * else that verified address; the subject is kept for next time. Anyone else is refused and the attempt audited.
     */
    public SignInResult signedOn(long providerId, String subject, String email, boolean emailVerified, String from) {
        IdentityProvider provider = em.find(IdentityProvider.class, providerId);
        String shown = email == null || email.isBlank() ? subject : email;
        if (provider == null) {
            audit.recordSignIn(AuditAction.SIGN_IN_FAILED, AuditEvent.Actor.login(SignInService.shortened(shown)), from);
            return SignInResult.notInvited(shown);
        }
        Person person = em.createQuery("""
                        select p from Person p where p.ssoSubject = :subject and p.agency = :agency""", Person.class)
                .setParameter("subject", provider.subjectKey(subject)).setParameter("agency", provider.getAgency())
                .getResultStream().findFirst()
                .orElseGet(() -> !emailVerified || email == null ? null : em.createQuery("""
                                select p from Person p where lower(p.email) = :email and p.agency = :agency""", Person.class)
                        .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                        .setParameter("agency", provider.getAgency())
                        .getResultStream().findFirst().orElse(null));
        if (person == null || !person.isEnabled()) {
            LOG.info(() -> "Sign-on refused: no invited account for " + shown + " at " + provider.getIssuer());
            audit.recordSignIn(AuditAction.SIGN_IN_FAILED, person != null ? person.auditActor()
                    : AuditEvent.Actor.login(SignInService.shortened(shown)), from);
            return SignInResult.notInvited(shown);
        }
        person.signedOnAs(provider.subjectKey(subject));
        audit.recordSignIn(AuditAction.SIGN_IN, person.auditActor(), from);
        return SignInResult.signedIn(SignedInPerson.of(person, providerId));
    }

    // --- the providers, for system administrators ---

    public Optional<ProviderView> providerOf(long agencyId) {
        access.requireSystemAdmin();
        return providerRow(agencyId).map(SignOnService::view);
    }

    /** Registers the agency's provider or changes it (the version guards against two administrators at once). */
    public ProviderView register(long agencyId, ProviderForm form, Long version) {
        access.requireSystemAdmin();
        forms.valid(form, "Send the provider's issuer, client id and e-mail domains.");
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null) {
            throw new NotFoundException();
        }
        List<String> domains = Arrays.stream(form.emailDomains().split("[,\\s]+"))
                .map(d -> d.strip().toLowerCase(Locale.ROOT)).map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> !d.isEmpty()).distinct().toList();
        for (String d : domains) {
            InvalidInputException.require(d.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"),
                    "\"" + d + "\" is not an e-mail domain: write it like cleveland.police.uk.");
            routeFor("someone@" + d).filter(r -> !provider(r.providerId()).getAgency().equals(agency)).ifPresent(r -> {
                throw new InvalidInputException("The domain " + d + " is already signed in by another agency's provider.");
            });
        }
        String issuer = form.issuer().strip().replaceAll("/+$", "");
        IdentityProvider ip = providerRow(agencyId).orElse(null);
        Changes changes = Changes.of().field("issuer", ip == null ? null : ip.getIssuer(), issuer)
                .field("clientId", ip == null ? null : ip.getClientId(), form.clientId().strip())
                .field("emailDomains", ip == null ? null : String.join(",", ip.getEmailDomains()), String.join(",", domains));
        boolean created = ip == null;
        if (created) {
            ip = new IdentityProvider(agency, issuer, form.clientId().strip(), domains);
            em.persist(ip);
        } else {
            ConflictException.requireVersion(ip.getVersion(), version);
            ip.change(issuer, form.clientId().strip(), domains);
        }
        Saving.flush(em);
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, "IdentityProvider", ip.getId(),
                agency.getName(), changes);
        return view(ip);
    }

    /** The agency's people sign in with local passwords again; sessions opened through the provider end now. */
    public void remove(long agencyId) {
        access.requireSystemAdmin();
        IdentityProvider ip = providerRow(agencyId).orElseThrow(NotFoundException::new);
        em.remove(ip);
        audit.record(AuditAction.DELETE, "IdentityProvider", ip.getId(), ip.getAgency().getName(),
                Changes.of().field("issuer", ip.getIssuer(), null));
    }

    private IdentityProvider provider(long id) {
        return em.find(IdentityProvider.class, id);
    }

    private Optional<IdentityProvider> providerRow(long agencyId) {
        return em.createQuery("select ip from IdentityProvider ip where ip.agency.id = :a", IdentityProvider.class)
                .setParameter("a", agencyId).getResultStream().findFirst();
    }

    private static ProviderView view(IdentityProvider ip) {
        return new ProviderView(ip.getId(), ip.getVersion(), ip.getAgency().getId(), ip.getIssuer(), ip.getClientId(),
                ip.getEmailDomains(), secretOf(ip.getClientId()).isPresent());
    }

    static String domainOf(String typed) {
        if (typed == null) {
            return null;
        }
        String t = typed.strip().toLowerCase(Locale.ROOT);
        int at = t.lastIndexOf('@');
        return at > 0 && at < t.length() - 1 ? t.substring(at + 1) : null;
    }
}
