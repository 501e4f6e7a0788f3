package uk.partnership.portal.account;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.util.Base64UrlUtil;
import com.webauthn4j.verifier.exception.VerificationException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * Passkeys (WebAuthn), the phishing-resistant second factor: registered on the account page, used after the password.
 * The browser's answers are checked by webauthn4j against the challenge this service issued, the page's origin and
 * the relying party (the portal's host name): an answer made for another site, another challenge or by a credential
 * of someone else is refused. The signature counter of each passkey must move on, so a cloned authenticator shows.
 */
@Stateless
@PermitAll
public class Passkeys {

    private static final Logger LOG = Logger.getLogger(Passkeys.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final WebAuthnManager WEBAUTHN = WebAuthnManager.createNonStrictWebAuthnManager(CONVERTER);
    private static final AttestedCredentialDataConverter CREDENTIAL_DATA = new AttestedCredentialDataConverter(CONVERTER);
    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.ES256),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.EdDSA),
            new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, COSEAlgorithmIdentifier.RS256));
    private static final long TIMEOUT_MS = 120_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    SignInThrottle throttle;

    @EJB
    CurrentPerson currentPerson;

    @Inject
    PortalClock clock;

    /**
     * Where the ceremony takes place, as the browser sees it: the page's origin ({@code https://portal.council.gov.uk})
     * and the relying party id (its host name).
     */
    public record Site(String origin, String rpId) implements Serializable {
    }

    /** What the browser is asked (options as WebAuthn's JSON form) and the challenge to keep until it answers. */
    public record Ceremony(String options, String challenge) implements Serializable {
    }

    /** A passkey as its holder sees it in their list. */
    public record Summary(long id, String name, java.time.OffsetDateTime createdAt,
                          java.time.OffsetDateTime lastUsedAt) implements Serializable {
    }

    /** Options for the caller's browser to create a new passkey (their existing ones excluded). */
    public Ceremony creation(Site site) {
        Person person = me();
        String challenge = newChallenge();
        JsonArrayBuilder algorithms = Json.createArrayBuilder();
        ALGORITHMS.forEach(a -> algorithms.add(Json.createObjectBuilder().add("type", "public-key")
                .add("alg", a.getAlg().getValue())));
        String options = Json.createObjectBuilder()
                .add("challenge", challenge)
                .add("rp", Json.createObjectBuilder().add("id", site.rpId()).add("name", "Partnership Governance Portal"))
                .add("user", Json.createObjectBuilder()
                        .add("id", Base64UrlUtil.encodeToString(ByteBuffer.allocate(8).putLong(person.getId()).array()))
                        .add("name", person.getUsername())
                        .add("displayName", person.getFullName()))
                .add("pubKeyCredParams", algorithms)
                .add("excludeCredentials", descriptors(person))
                .add("authenticatorSelection", Json.createObjectBuilder().add("residentKey", "preferred")
                        .add("userVerification", "preferred"))
                .add("attestation", "none")
                .add("timeout", TIMEOUT_MS)
                .build().toString();
        return new Ceremony(options, challenge);
    }

    /**
     * Keeps the passkey the caller's browser created for {@code challenge}. Answers fresh recovery codes (shown once)
     * when the caller had no second factor before, else an empty list.
     */
    public List<String> register(Site site, String challenge, String response, String name) {
        Person person = me();
        String label = name == null || name.isBlank() ? "Passkey" : name.strip();
        InvalidInputException.require(label.length() <= 100, "Give the passkey a name of at most 100 characters.");
        InvalidInputException.require(response != null && !response.isBlank() && challenge != null,
                "The browser did not create a passkey. Choose Add a passkey again and follow its prompts.");
        RegistrationData data;
        try {
            data = WEBAUTHN.verifyRegistrationResponseJSON(response,
                    new RegistrationParameters(server(site, challenge), ALGORITHMS, false, true));
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            LOG.info(() -> "Passkey registration refused for " + person.getUsername() + ": " + e.getMessage());
            throw new InvalidInputException("The passkey could not be checked, so it was not added. Choose Add a "
                    + "passkey again (and use this page's own button, in this browser tab).");
        }
        AuthenticatorData<?> authenticator = data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData credential = authenticator.getAttestedCredentialData();
        String credentialId = Base64UrlUtil.encodeToString(credential.getCredentialId());
        InvalidInputException.require(byCredentialId(credentialId).isEmpty(),
                "That passkey is registered already.");
        boolean hadSecondFactor = person.hasSecondFactor();
        em.persist(new Passkey(person, credentialId, label, CREDENTIAL_DATA.convert(credential),
                authenticator.getSignCount(), authenticator.isFlagUV(), authenticator.isFlagBE(),
                authenticator.isFlagBS(), clock.now()));
        person.passkeysNow(count(person) + 1);
        audit.recordSignIn(AuditAction.PASSKEY_ENROLLED, person.auditActor(), null);
        return hadSecondFactor ? List.of() : RecoveryCode.issue(em, person, clock.now());
    }

    /** The challenge for the second step of {@code personId}'s sign-in, or empty when they have no passkey. */
    public Optional<Ceremony> request(long personId, Site site) {
        Person person = em.find(Person.class, personId);
        if (person == null || !person.hasPasskey()) {
            return Optional.empty();
        }
        String challenge = newChallenge();
        return Optional.of(new Ceremony(Json.createObjectBuilder()
                .add("challenge", challenge)
                .add("rpId", site.rpId())
                .add("allowCredentials", descriptors(person))
                .add("userVerification", "preferred")
                .add("timeout", TIMEOUT_MS)
                .build().toString(), challenge));
    }

    /**
     * The second step of a password sign-in by passkey: the browser's answer to {@code challenge}, which must come
     * from one of {@code personId}'s passkeys. Throttled and audited as codes are.
     */
    public SignInResult verify(long personId, Site site, String challenge, String response, String from) {
        Person person = em.find(Person.class, personId);
        if (person == null || !person.isEnabled() || !person.hasPasskey() || challenge == null) {
            return SignInResult.refused();
        }
        String key = SecondFactor.throttleKey(person);
        Optional<java.time.Duration> locked = throttle.claimAttempt(key, from);
        if (locked.isPresent()) {
            audit.recordSignIn(AuditAction.SIGN_IN_LOCKED, person.auditActor(), from);
            return SignInResult.throttled(locked.get());
        }
        try {
            AuthenticationData data = WEBAUTHN.parseAuthenticationResponseJSON(response == null ? "" : response);
            Passkey passkey = byCredentialId(Base64UrlUtil.encodeToString(data.getCredentialId()))
                    .filter(p -> p.getPerson().getId().equals(person.getId()))
                    .orElseThrow(() -> new IllegalArgumentException("not a passkey of " + person.getUsername()));
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(),
                    passkey.isUvInitialized(), passkey.getBackupEligible(), passkey.getBackupState(),
                    passkey.getSignCount(), CREDENTIAL_DATA.convert(passkey.getCredentialData()), null, null, null, null);
            WEBAUTHN.verify(data, new AuthenticationParameters(server(site, challenge), record,
                    List.of(data.getCredentialId()), false, true));
            AuthenticatorData<?> authenticator = data.getAuthenticatorData();
            passkey.used(authenticator.getSignCount(), authenticator.isFlagUV(), authenticator.isFlagBS(), clock.now());
        } catch (DataConversionException | VerificationException | IllegalArgumentException e) {
            LOG.info(() -> "Passkey refused for " + person.getUsername() + ": " + e.getMessage());
            audit.recordSignIn(AuditAction.SECOND_FACTOR_FAILED, person.auditActor(), from);
            return SignInResult.passkeyRefused();
        }
        throttle.succeeded(key, from);
        audit.recordSignIn(AuditAction.PASSKEY_USED, person.auditActor(), from);
        return SignInResult.signedIn(SignedInPerson.of(person));
    }

    /** The caller's passkeys, newest first. */
    public List<Summary> mine() {
        return em.createQuery("select p from Passkey p where p.person = :p order by p.createdAt desc, p.id desc",
                        Passkey.class).setParameter("p", me()).getResultStream()
                .map(p -> new Summary(p.getId(), p.getName(), p.getCreatedAt(), p.getLastUsedAt())).toList();
    }

    /** Removes one of the caller's passkeys (someone else's is "not found"). */
    public void remove(long passkeyId) {
        Person person = me();
        Passkey passkey = em.find(Passkey.class, passkeyId);
        if (passkey == null || !passkey.getPerson().getId().equals(person.getId())) {
            throw new NotFoundException();
        }
        em.remove(passkey);
        em.flush();
        person.passkeysNow(count(person));
        audit.recordSignIn(AuditAction.PASSKEY_REMOVED, person.auditActor(), null);
    }

    private Person me() {
        return currentPerson.get().orElseThrow(ForbiddenException::new);
    }

    private int count(Person person) {
        return em.createQuery("select count(p) from Passkey p where p.person = :p", Long.class)
                .setParameter("p", person).getSingleResult().intValue();
    }

    private Optional<Passkey> byCredentialId(String credentialId) {
        return em.createQuery("select p from Passkey p where p.credentialId = :id", Passkey.class)
                .setParameter("id", credentialId).getResultStream().findFirst();
    }

    private JsonArrayBuilder descriptors(Person person) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        em.createQuery("select p.credentialId from Passkey p where p.person = :p", String.class)
                .setParameter("p", person).getResultList()
                .forEach(id -> list.add(Json.createObjectBuilder().add("type", "public-key").add("id", id)));
        return list;
    }

    private static ServerProperty server(Site site, String challenge) {
        return ServerProperty.builder().origin(new Origin(site.origin())).rpId(site.rpId())
                .challenge(new DefaultChallenge(Base64UrlUtil.decode(challenge))).build();
    }

    private static String newChallenge() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64UrlUtil.encodeToString(bytes);
    }
}
