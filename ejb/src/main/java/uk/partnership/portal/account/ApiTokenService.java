package uk.partnership.portal.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.PortalClock;
import uk.partnership.portal.shared.Sha256;

/** Issues and resolves API bearer tokens. Tokens live in the database, so any node of a cluster accepts them. */
@Stateless
public class ApiTokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    CurrentPerson currentPerson;

    @EJB
    AccessPolicy access;

    @Inject
    @ConfigProperty(name = "portal.api.token-hours", defaultValue = "8")
    int tokenHours;

    @Inject
    PortalClock clock;

    public record IssuedToken(String token, OffsetDateTime expiresAt) {
    }

    /** The longest a personal token may last. */
    public static final int MAX_PERSONAL_DAYS = 90;

    public IssuedToken issue(SignedInPerson signedIn) {
        return issue(em.find(Person.class, signedIn.personId()), null, clock.now().plusHours(tokenHours));
    }

    /**
     * A personal token the signed-in caller names (the script or tool it is for) and which lasts the days they choose,
     * up to {@value #MAX_PERSONAL_DAYS}; shown once. For people who sign in through their agency's provider this is
     * the way to the API, as they have no password to exchange.
     */
    public IssuedToken createPersonal(String name, Integer days) {
        Person person = currentPerson.get().orElseThrow(ForbiddenException::new);
        String named = InvalidInputException.requireText(name, "token name", 100);
        InvalidInputException.require(days != null && days >= 1 && days <= MAX_PERSONAL_DAYS,
                "Choose how many days the token lasts, from 1 to " + MAX_PERSONAL_DAYS + ".");
        return issue(person, named, clock.now().plusDays(days));
    }

    private IssuedToken issue(Person person, String name, OffsetDateTime expiresAt) {
        OffsetDateTime now = clock.now();
        em.createQuery("delete from ApiToken t where t.expiresAt < :now").setParameter("now", now).executeUpdate();
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ApiToken stored = new ApiToken(sha256(token), person, now, expiresAt, name);
        em.persist(stored);
        audit.recordSignIn(AuditAction.TOKEN_ISSUED, person.auditActor(), null);
        return new IssuedToken(token, stored.getExpiresAt());
    }

    /** The person behind a token, if the token is current and the account still enabled. */
    public Optional<SignedInPerson> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Object[] row = em.createQuery("select " + SignedInPerson.COLUMNS + """
                         from ApiToken t join t.person p
                        where t.tokenHash = :hash and t.expiresAt >= :now and p.enabled = true""", Object[].class)
                .setParameter("hash", sha256(token))
                .setParameter("now", clock.now())
                .getResultStream().findFirst().orElse(null);
        return SignInService.checked(access, row);
    }

    /** One of the caller's tokens as they see it in their list; the token itself is never shown again. */
    public record TokenLine(String id, String name, OffsetDateTime issuedAt, OffsetDateTime expiresAt, boolean thisOne)
            implements java.io.Serializable {
    }

    /** Ends the token at once (signing out of the API); unknown or expired tokens are quietly ignored. */
    public void revoke(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return;
        }
        ApiToken stored = em.find(ApiToken.class, sha256(token));
        if (stored != null) {
            end(stored);
        }
    }

    private void end(ApiToken token) {
        em.remove(token);
        audit.recordSignIn(AuditAction.TOKEN_REVOKED, token.getPerson().auditActor(), null);
    }

    /** The caller's current tokens, newest first; {@code presented} marks the one in use, if any. */
    public List<TokenLine> myTokens(String presented) {
        return currentPerson.get().map(p -> tokensOf(p.getId(), presented)).orElse(List.of());
    }

    /** Ends one of the caller's own tokens, named by its id from their list; false when they have none such. */
    public boolean revokeMine(String id) {
        return currentPerson.get().map(p -> revokeOwn(p.getId(), id)).orElse(false);
    }

    /** The current tokens of {@code personId}, newest first; {@code presented} marks the one in use, if any. */
    private List<TokenLine> tokensOf(long personId, String presented) {
        String mine = presented == null || presented.isBlank() ? "" : sha256(presented);
        return em.createQuery("select t from ApiToken t where t.person.id = :p and t.expiresAt > :now "
                        + "order by t.issuedAt desc", ApiToken.class)
                .setParameter("p", personId).setParameter("now", clock.now())
                .getResultStream().map(t -> new TokenLine(t.getReference(), t.getName(), t.getIssuedAt(), t.getExpiresAt(),
                        mine.equals(t.getTokenHash()))).toList();
    }

    /** Ends one of {@code personId}'s own tokens, named by its id from the list; false when there is none. */
    private boolean revokeOwn(long personId, String id) {
        if (id == null || !id.matches("[0-9a-f]{16}")) {
            return false;
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.person.id = :p and t.tokenHash like :id",
                ApiToken.class).setParameter("p", personId).setParameter("id", id + "%").getResultList();
        found.forEach(this::end);
        return !found.isEmpty();
    }

    static String sha256(String token) {
        return Sha256.hex(token);
    }
}
