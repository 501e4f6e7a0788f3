package uk.partnership.portal.account;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.ForbiddenException;
import uk.partnership.portal.shared.InvalidInputException;
import uk.partnership.portal.shared.NotFoundException;
import uk.partnership.portal.shared.PortalClock;

/**
 * The second factor of those who run the portal: system administrators, agency administrators and secretaries who
 * sign in with a password must prove it is them with a passkey ({@link Passkeys}), an authenticator app's code (TOTP,
 * RFC 6238: 6 digits, 30 s, one step either side for clock drift, each code once) or a single-use recovery code. Enrolment, use, failure and
 * loss are audited. Others may enrol too.
 */
@Stateless
@PermitAll
public class SecondFactor {

    static final int STEP_SECONDS = 30;
    private static final String ISSUER = "Partnership Governance Portal";
    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccessPolicy access;

    @EJB
    AuditTrail audit;

    @EJB
    SignInThrottle throttle;

    @EJB
    CurrentPerson currentPerson;

    @Inject
    PortalClock clock;

    /** A new secret for the caller's authenticator app, not yet theirs until a code from it is confirmed. */
    public record Enrolment(String secret, String otpauthUri, String qrImage) implements Serializable {
    }

    /** Whether this person must have a second factor to sign in with a password. */
    public boolean required(Person person) {
        return person.isSystemAdmin() || person.isAgencyAdmin() || !em.createNamedQuery("Membership.currentSeats",
                        Object[].class).setParameter("person", person.getId()).setParameter("today", clock.today())
                .getResultStream().filter(seat -> "SECRETARY".equals(String.valueOf(seat[1]))).findAny().isEmpty();
    }

    /** Whether the caller has a second factor (an authenticator app or a passkey). */
    public boolean enrolled() {
        return me().hasSecondFactor();
    }

    public boolean appEnrolled() {
        return me().hasAuthenticatorApp();
    }

    public Enrolment begin() {
        Person person = me();
        String secret = new DefaultSecretGenerator(32).generate();
        QrData data = new QrData.Builder().label(person.getUsername()).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(STEP_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return new Enrolment(secret, data.getUri(), Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            return new Enrolment(secret, data.getUri(), null);
        }
    }

    /**
     * Makes the secret the caller's once a code from their app proves it is set up; answers the recovery codes,
     * shown once. Any earlier secret and recovery codes stop working.
     */
    public List<String> confirm(String secret, String code) {
        Person person = me();
        InvalidInputException.require(secret != null && secret.matches("[A-Z2-7]{32}"),
                "Start again: the key for your authenticator app was not recognised.");
        long step = matchingStep(secret, code, Long.MIN_VALUE).orElseThrow(() -> new InvalidInputException(
                "That code does not match: enter the 6-digit code your app shows now for the Partnership Governance "
                        + "Portal (check the phone's clock is set automatically)."));
        person.enrolTotp(secret, step, clock.now());
        List<String> codes = RecoveryCode.issue(em, person, clock.now());
        audit.recordSignIn(AuditAction.SECOND_FACTOR_ENROLLED, person.auditActor(), null);
        return codes;
    }

    /**
     * The second step of a password sign-in: the authenticator's code or a recovery code. Throttled like passwords
     * (by account); every outcome audited.
     */
    public SignInResult verify(long personId, String code, String from) {
        Person person = em.find(Person.class, personId);
        if (person == null || !person.isEnabled() || !person.hasSecondFactor()) {
            return SignInResult.refused();
        }
        String key = throttleKey(person);
        Optional<Duration> locked = throttle.claimAttempt(key, from);
        if (locked.isPresent()) {
            audit.recordSignIn(AuditAction.SIGN_IN_LOCKED, person.auditActor(), from);
            return SignInResult.throttled(locked.get());
        }
        Optional<Long> step = person.hasAuthenticatorApp()
                ? matchingStep(person.getTotpSecret(), code, person.getTotpLastStep()) : Optional.<Long>empty();
        if (step.isPresent()) {
            person.totpUsed(step.get());
            throttle.succeeded(key, from);
            audit.recordSignIn(AuditAction.SECOND_FACTOR_USED, person.auditActor(), from);
            return SignInResult.signedIn(SignedInPerson.of(person));
        }
        RecoveryCode recovery = code == null ? null : em.createQuery("""
                        select r from RecoveryCode r where r.person = :p and r.codeHash = :h and r.usedAt is null""",
                        RecoveryCode.class).setParameter("p", person).setParameter("h", RecoveryCode.hash(code))
                .getResultStream().findFirst().orElse(null);
        if (recovery != null) {
            recovery.use(clock.now());
            throttle.succeeded(key, from);
            audit.recordSignIn(AuditAction.RECOVERY_CODE_USED, person.auditActor(), from);
            return SignInResult.signedIn(SignedInPerson.of(person));
        }
        audit.recordSignIn(AuditAction.SECOND_FACTOR_FAILED, person.auditActor(), from);
        return SignInResult.wrongCode();
    }

    /** A lost authenticator: a system administrator removes the person's second factor (they enrol again). */
    public void reset(long personId) {
        access.requireSystemAdmin();
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException();
        }
        person.dropSecondFactor();
        em.createQuery("delete from RecoveryCode r where r.person = :p").setParameter("p", person).executeUpdate();
        em.createQuery("delete from Passkey k where k.person = :p").setParameter("p", person).executeUpdate();
        audit.recordSignIn(AuditAction.SECOND_FACTOR_RESET, person.auditActor(), null);
    }

    /** Second steps are counted per account, apart from passwords: app codes, recovery codes and passkeys alike. */
    static String throttleKey(Person person) {
        return "second-factor:" + person.getUsername();
    }

    private Person me() {
        return currentPerson.get().orElseThrow(ForbiddenException::new);
    }

    /** The time step (now, or one either side) whose code this is, if it is later than {@code after}. */
    private Optional<Long> matchingStep(String secret, String code, long after) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("\\d{6}")) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond() / STEP_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (step > after && CODES.generate(secret, step).equals(typed)) {
                    return Optional.of(step);
                }
            } catch (CodeGenerationException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

}
