package uk.partnership.portal.account;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import uk.partnership.portal.access.AccessPolicy;
import uk.partnership.portal.access.Caller;
import uk.partnership.portal.audit.AuditAction;
import uk.partnership.portal.audit.AuditEvent;
import uk.partnership.portal.audit.AuditTrail;
import uk.partnership.portal.shared.PortalClock;

/** Checks local credentials, with throttling that treats unknown and known names alike. */
@Stateless
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    PasswordHasher hasher;

    @EJB
    SignInThrottle throttle;

    @EJB
    AuditTrail audit;

    @EJB
    AccessPolicy access;

    @EJB
    SignOnService signOn;

    @EJB
    SecondFactor secondFactor;

    public SignInResult signIn(String username, char[] password, String from) {
        String key = Person.normalise(username);
        char[] secret = password == null ? new char[0] : password;
        Optional<Duration> locked = key.isEmpty() ? Optional.empty() : throttle.claimAttempt(key, from);
        if (locked.isPresent()) {
            LOG.warning(() -> "Sign-in refused while throttled: username=" + key + " from=" + from);
            audit.recordSignIn(AuditAction.SIGN_IN_LOCKED, AuditEvent.Actor.login(shortened(key)), from);
            return SignInResult.throttled(locked.get());
        }
        Person person = key.isEmpty() ? null : findByUsername(key).orElse(null);
        // The hash is always checked, against a decoy when the name is unknown, so timing reveals nothing.
        boolean passwordMatches = hasher.matches(secret, person == null ? null : person.getPasswordHash());
        boolean accepted = person != null && person.isEnabled() && passwordMatches;
        if (accepted && signOn.agencySignsIn(person)) {
            audit.recordSignIn(AuditAction.SIGN_IN_FAILED, person.auditActor(), from);
            return SignInResult.useProvider();
        }
        if (accepted && person.hasSecondFactor()) {
            throttle.succeeded(key, from);
            return SignInResult.secondFactor(SignedInPerson.of(person));
        }
        if (accepted) {
            throttle.succeeded(key, from);
            LOG.info(() -> "Signed in: username=" + key + " from=" + from);
            audit.recordSignIn(AuditAction.SIGN_IN, person.auditActor(), from);
            return SignInResult.signedIn(SignedInPerson.of(person).enrolFirst(secondFactor.required(person)));
        }
        // Only administrators read the trail, so a failure is linked to the account when the name is one.
        audit.recordSignIn(AuditAction.SIGN_IN_FAILED, person != null ? person.auditActor()
                : AuditEvent.Actor.login(shortened(key)), from);
        LOG.info(() -> "Failed sign-in: username=" + key + " from=" + from);
        return SignInResult.refused();
    }

    /**
     * A person signed in through the pages: the visit before this one is kept, so their home page can show what is
     * new since (a script's token does not count as a visit).
     */
    public void visitStarted(long personId) {
        em.createNativeQuery("update person set previous_visit_at = last_visit_at, last_visit_at = ?2 where id = ?1")
                .setParameter(1, personId).setParameter(2, clock.now()).executeUpdate();
    }

    static String shortened(String key) {
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    /** Recorded before the session ends, while the caller is still known. */
    public void signedOut() {
        audit.record(AuditAction.SIGN_OUT, "Person", null, null, null);
    }

    /**
     * The page session's person if their account is still enabled (and, when they came through their agency's
     * provider, that provider is still registered): one statement, which also settles this request's caller for the
     * access policy.
     */
    public Optional<SignedInPerson> current(SignedInPerson known) {
        TypedQuery<Object[]> query = em.createQuery("select " + SignedInPerson.COLUMNS
                        + " from Person p where p.id = :id and p.enabled = true"
                        + (known.signedInAt() == null ? "" : " and (p.sessionsEndedAt is null or p.sessionsEndedAt < :since)")
                        + (known.providerId() == null ? "" : " and exists (select ip.id from IdentityProvider ip"
                        + " where ip.id = :provider and ip.agency = p.agency)"), Object[].class)
                .setParameter("id", known.personId());
        if (known.signedInAt() != null) {
            query.setParameter("since", known.signedInAt().atOffset(java.time.ZoneOffset.UTC));
        }
        if (known.providerId() != null) {
            query.setParameter("provider", known.providerId());
        }
        return checked(access, query.getResultStream().findFirst().orElse(null))
                .map(p -> p.through(known.providerId()).since(known.signedInAt()).enrolFirst(known.mustEnrol()));
    }

    /**
     * Ends every session of the caller, in every browser and on every node (each ends at its next request), and
     * every API token of theirs; audited.
     */
    public void signOutEverywhere() {
        Caller caller = access.caller();
        if (caller.anonymous()) {
            return;
        }
        Person person = em.find(Person.class, caller.personId());
        person.endSessions(clock.now());
        em.createQuery("delete from ApiToken t where t.person = :p").setParameter("p", person).executeUpdate();
        audit.record(AuditAction.SIGN_OUT, "Person", person.getId(), "Signed out everywhere", null);
    }

    /** An account row of {@link SignedInPerson#COLUMNS} (or none) as the signed-in person of this request. */
    static Optional<SignedInPerson> checked(AccessPolicy access, Object[] row) {
        if (row == null) {
            return Optional.empty();
        }
        SignedInPerson person = SignedInPerson.of(row);
        access.accountChecked(person.username(), person.personId(), (Long) row[6]);
        return Optional.of(person);
    }

    Optional<Person> findByUsername(String key) {
        return em.createNamedQuery("Person.findByUsername", Person.class)
                .setParameter("username", key)
                .getResultStream()
                .findFirst();
    }
}
