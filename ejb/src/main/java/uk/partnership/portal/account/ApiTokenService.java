package uk.partnership.portal.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.Sha256;

/** Issues and resolves API bearer tokens. Tokens live in the database, so any node of a cluster accepts them. */
@Stateless
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "portal.api.token-hours", defaultValue = "8")
    int tokenHours;

    public record IssuedToken(String token, OffsetDateTime expiresAt) {
    }

    public IssuedToken issue(SignedInPerson signedIn) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        em.createQuery("delete from ApiToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Person person = em.find(Person.class, signedIn.personId());
        ApiToken stored = new ApiToken(sha256(token), person, now, now.plusHours(tokenHours));
        em.persist(stored);
        audit.recordSignIn(AuditAction.TOKEN_ISSUED, person, person.getUsername(), null);
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /** The person behind a token, if the token is current and the account still enabled. */
    public Optional<SignedInPerson> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        ApiToken stored = em.find(ApiToken.class, sha256(token));
        if (stored == null || stored.getExpiresAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC))
                || !stored.getPerson().isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(SignedInPerson.of(stored.getPerson()));
    }

    static String sha256(String token) {
        return Sha256.hex(token);
    }
}
