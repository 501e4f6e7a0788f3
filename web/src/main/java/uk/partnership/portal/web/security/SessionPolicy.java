package uk.partnership.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.partnership.portal.account.SignInService;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.shared.PortalClock;

/**
 * How long a signed-in page session lasts: it ends after {@code portal.session.idle-minutes} without a request
 * (default 30) and, however busy, {@code portal.session.max-hours} after signing in (default 10). The one place a
 * session is begun, whether by password or through an agency's provider.
 */
@ApplicationScoped
public class SessionPolicy {

    @Inject
    @ConfigProperty(name = "portal.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "portal.session.max-hours", defaultValue = "10")
    int maxHours;

    @Inject
    PortalClock clock;

    @Inject
    SignInService signIn;

    /**
     * Signs this browser in as {@code person}: a new session id (one planted earlier is worthless), the limits set,
     * and the visit recorded (home shows what is new since the one before).
     */
    public SignedInPerson begin(HttpServletRequest request, SignedInPerson person) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(idleMinutes * 60);
        SignedInPerson started = person.since(clock.instant());
        session.setAttribute(PortalAuthenticationMechanism.SESSION_PERSON, started);
        signIn.visitStarted(started.personId());
        return started;
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    /** A password checked more than five minutes ago no longer opens the second step. */
    public boolean stale(SignedInPerson pending) {
        return pending.signedInAt() == null || pending.signedInAt().plusSeconds(300).isBefore(clock.instant());
    }

    /** Whether the session has outlived its absolute lifetime. */
    public boolean outlived(SignedInPerson person) {
        return person.signedInAt() == null
                || person.signedInAt().plusSeconds(maxHours * 3600L).isBefore(clock.instant());
    }
}
