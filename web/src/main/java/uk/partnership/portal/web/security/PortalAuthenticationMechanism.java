package uk.partnership.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import uk.partnership.portal.account.ApiTokenService;
import uk.partnership.portal.account.Passkeys;
import uk.partnership.portal.account.SecondFactor;
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.account.SignInService;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.web.support.DatabaseTrouble;
import uk.partnership.portal.web.support.Refusals;

/**
 * The one authentication mechanism of the portal. The API ({@code /api/*}) takes bearer tokens and never creates a
 * session; pages sign in through {@code SecurityContext.authenticate} from the login page and keep only the person's
 * id in the session. Either way the account is read again on every request, so a disabled account is out at once.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the {@link SignedInPerson}. */
    public static final String SESSION_PERSON = "portal.person";
    /** Session attribute: whose password was right, until their second factor is given (or five minutes pass). */
    public static final String PENDING_SECOND_FACTOR = "portal.pendingSecondFactor";

    /** Session attribute: the challenge the pending person's passkey must answer (one at a time). */
    public static final String PASSKEY_CHALLENGE = "portal.passkeyChallenge";

    /** Request attribute carrying a refused {@link SignInResult} back to the login page. */
    public static final String SIGN_IN_RESULT = "portal.signInResult";

    @Inject
    SignInService signIn;

    @Inject
    ApiTokenService tokens;

    @Inject
    SessionPolicy sessions;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Passkeys passkeys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return bearer(request, response, context);
        }
        if (path.startsWith("/jakarta.faces.resource/")) {
            return context.doNothing(); // style sheets and scripts are the same for everyone
        }
        if (openData(path)) {
            return context.doNothing(); // the public record, the same for everyone whatever their session
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return formSignIn(request, context, login);
        }
        if (credential instanceof SecondFactorCredential code) {
            return secondStep(request, context, code);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_PERSON) instanceof SignedInPerson known) {
            if (sessions.outlived(known)) {
                session.invalidate();
                return context.doNothing();
            }
            Optional<SignedInPerson> current;
            try {
                current = signIn.current(known);
            } catch (RuntimeException e) {
                if (!DatabaseTrouble.unavailable(e)) {
                    throw e;
                }
                // The account cannot be checked while the database is away: serve nothing rather than guess.
                Refusals.send(response, false, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        DatabaseTrouble.UNAVAILABLE);
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (current.isPresent()) {
                session.setAttribute(SESSION_PERSON, current.get());
                return context.notifyContainerAboutLogin(current.get().username(), current.get().groups());
            }
            session.invalidate();
        }
        return context.doNothing();
    }

    /** The ModernGov-compatible service and the feeds: always answered as to a member of the public. */
    static boolean openData(String path) {
        return path.regionMatches(true, 0, "/mgWebService.asmx", 0, 18) || path.startsWith("/feeds/");
    }

    private AuthenticationStatus formSignIn(HttpServletRequest request, HttpMessageContext context,
                                            UsernamePasswordCredential login) {
        SignInResult result = signIn.signIn(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr());
        Optional<SignedInPerson> person = result.signedIn();
        if (result.outcome() == SignInResult.Outcome.SECOND_FACTOR) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            request.getSession(true).setAttribute(PENDING_SECOND_FACTOR, result.person().since(sessions.now()));
            request.setAttribute(SIGN_IN_RESULT, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (person.isEmpty()) {
            // SEND_FAILURE without touching the response: the login page renders the message itself.
            request.setAttribute(SIGN_IN_RESULT, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return begin(request, context, person.get());
    }

    /** The code or passkey of the person whose password was right in this session a moment ago. */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context,
                                            SecondFactorCredential code) {
        HttpSession session = request.getSession(false);
        SignedInPerson pending = session == null ? null
                : (SignedInPerson) session.getAttribute(PENDING_SECOND_FACTOR);
        if (pending == null || sessions.stale(pending)) {
            request.setAttribute(SIGN_IN_RESULT, null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInResult result;
        if (code.passkeyResponse() != null) {
            String challenge = (String) session.getAttribute(PASSKEY_CHALLENGE);
            session.removeAttribute(PASSKEY_CHALLENGE);
            result = passkeys.verify(pending.personId(), PasskeySite.of(request), challenge, code.passkeyResponse(),
                    request.getRemoteAddr());
        } else {
            result = secondFactor.verify(pending.personId(), code.code(), request.getRemoteAddr());
        }
        Optional<SignedInPerson> person = result.signedIn();
        if (person.isEmpty()) {
            request.setAttribute(SIGN_IN_RESULT, result);
            return AuthenticationStatus.SEND_FAILURE;
        }
        session.removeAttribute(PENDING_SECOND_FACTOR);
        session.removeAttribute(PASSKEY_CHALLENGE);
        return begin(request, context, person.get());
    }

    /** A new page session for {@code person}, and the container told who is signed in. */
    private AuthenticationStatus begin(HttpServletRequest request, HttpMessageContext context, SignedInPerson person) {
        sessions.begin(request, person);
        return context.notifyContainerAboutLogin(person.username(), person.groups());
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        Optional<SignedInPerson> person;
        try {
            person = header.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? tokens.resolve(header.substring(7).strip())
                    : Optional.empty();
        } catch (RuntimeException e) {
            if (!DatabaseTrouble.unavailable(e)) {
                throw e;
            }
            Refusals.send(response, true, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseTrouble.UNAVAILABLE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (person.isPresent()) {
            return context.notifyContainerAboutLogin(person.get().username(), person.get().groups());
        }
        response.setHeader("WWW-Authenticate", "Bearer");
        Refusals.send(response, true, HttpServletResponse.SC_UNAUTHORIZED,
                "The bearer token is not valid or has expired.");
        return AuthenticationStatus.SEND_FAILURE;
    }
}
