package uk.partnership.portal.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.account.SignInService;
import uk.partnership.portal.account.SignOnService;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.web.security.PortalAuthenticationMechanism;
import uk.partnership.portal.web.security.SignOn;
import uk.partnership.portal.web.security.SignOnServlet;

/** The sign-in page and the sign-out button. */
@Named
@RequestScoped
public class SignInBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInService signInService;

    @Inject
    SignOnService signOnService;

    @Inject
    SignOn signOn;

    private String username;
    private String password;

    /** A sign-on through the person's organisation that came back refused says why here. */
    public void showSignOnProblem() {
        HttpSession session = Faces.getRequest().getSession(false);
        if (session != null && session.getAttribute(SignOnServlet.PROBLEM) instanceof String problem) {
            session.removeAttribute(SignOnServlet.PROBLEM);
            Messages.addGlobalError(problem);
        }
    }

    /**
     * A work e-mail address whose agency signs its people in goes to that agency's provider (any password typed is
     * not used); anything else is a username or address with the local password.
     */
    public void signIn() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        Optional<SignOnService.Route> route = signOnService.routeFor(username);
        if (route.isPresent()) {
            password = null;
            try {
                // Not Faces.redirect: it formats the address, and an encoded address is full of % signs.
                Faces.getExternalContext().redirect(signOn.start(route.get(), request).toString());
            } catch (IOException unreachable) {
                Messages.addGlobalError("Your organisation's sign-in cannot be reached just now. Try again in a "
                        + "minute, or ask your agency's administrator of this portal.");
            }
            return;
        }
        if (password == null || password.isEmpty()) {
            Messages.addError("signIn:password", "Enter your password.");
            Faces.validationFailed();
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, Faces.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        Object refused = request.getAttribute(PortalAuthenticationMechanism.SIGN_IN_RESULT);
        if (status == AuthenticationStatus.SUCCESS && refused == null && request.getUserPrincipal() != null) {
            Faces.redirect(request.getContextPath() + "/");
            return;
        }
        if (refused instanceof SignInResult result && result.outcome() == SignInResult.Outcome.SECOND_FACTOR) {
            Faces.redirect(request.getContextPath() + "/second-factor.xhtml");
            return;
        }
        String message = refused instanceof SignInResult result ? result.message() : SignInResult.REFUSED_MESSAGE;
        Messages.addGlobalError(message);
    }

    /** Ends this session (and, for a session begun through the agency's provider, the provider's own too). */
    public void signOut() throws IOException, ServletException {
        HttpServletRequest request = Faces.getRequest();
        HttpSession session = request.getSession(false);
        SignedInPerson person = session == null ? null
                : (SignedInPerson) session.getAttribute(PortalAuthenticationMechanism.SESSION_PERSON);
        String idToken = session == null ? null : (String) session.getAttribute(SignOn.ID_TOKEN);
        Optional<java.net.URI> atProvider = person == null || person.providerId() == null ? Optional.empty()
                : signOnService.route(person.providerId()).flatMap(r -> signOn.signOutAt(r, idToken, request));
        end(request);
        if (atProvider.isPresent()) {
            Faces.getExternalContext().redirect(atProvider.get().toString());
        } else {
            Faces.redirect(request.getContextPath() + "/");
        }
    }

    /** Ends every session of this person (all browsers, all nodes) and every API token of theirs. */
    public void signOutEverywhere() throws IOException, ServletException {
        HttpServletRequest request = Faces.getRequest();
        signInService.signOutEverywhere();
        end(request);
        Faces.redirect(request.getContextPath() + "/");
    }

    private void end(HttpServletRequest request) throws ServletException {
        signInService.signedOut();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
