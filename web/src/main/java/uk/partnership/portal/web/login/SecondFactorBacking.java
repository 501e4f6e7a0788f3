package uk.partnership.portal.web.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.partnership.portal.account.Passkeys;
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.web.security.PasskeySite;
import uk.partnership.portal.web.security.PortalAuthenticationMechanism;
import uk.partnership.portal.web.security.SecondFactorCredential;

/** The second step of signing in with a password: a passkey, the authenticator app's code, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorBacking {

    @Inject
    SecurityContext securityContext;

    @Inject
    Passkeys passkeys;

    private String code;
    private String passkeyResponse;
    private String passkeyOptions;

    /** Without a password checked in this session there is nothing to complete: back to the first step. */
    public void check() throws IOException {
        HttpSession session = Faces.getRequest().getSession(false);
        if (session == null || session.getAttribute(PortalAuthenticationMechanism.PENDING_SECOND_FACTOR) == null) {
            Faces.redirect(Faces.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        SecondFactorCredential given = SecondFactorCredential.code(code);
        code = null;
        complete(given, "secondFactor:code");
    }

    public void verifyPasskey() throws IOException {
        SecondFactorCredential given = SecondFactorCredential.passkey(passkeyResponse);
        passkeyResponse = null;
        complete(given, null);
    }

    private void complete(SecondFactorCredential given, String field) throws IOException {
        HttpServletRequest request = Faces.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, Faces.getResponse(),
                AuthenticationParameters.withParams().credential(given).newAuthentication(true));
        Object refused = request.getAttribute(PortalAuthenticationMechanism.SIGN_IN_RESULT);
        if (status == AuthenticationStatus.SUCCESS && refused == null && request.getUserPrincipal() != null) {
            Faces.redirect(request.getContextPath() + "/");
            return;
        }
        if (refused instanceof SignInResult result) {
            if (field == null) {
                Messages.addGlobalError(result.message());
            } else {
                Messages.addError(field, result.message());
            }
        } else {
            Messages.addGlobalError("Your password was checked too long ago. Sign in again.");
        }
    }

    /**
     * The browser's options for using one of the pending person's passkeys (a fresh challenge, kept in the session),
     * or null when they have none.
     */
    public String getPasskeyOptions() {
        if (passkeyOptions == null) {
            HttpServletRequest request = Faces.getRequest();
            HttpSession session = request.getSession(false);
            Object pending = session == null ? null : session.getAttribute(PortalAuthenticationMechanism.PENDING_SECOND_FACTOR);
            if (pending instanceof SignedInPerson person) {
                passkeyOptions = passkeys.request(person.personId(), PasskeySite.of(request)).map(c -> {
                    session.setAttribute(PortalAuthenticationMechanism.PASSKEY_CHALLENGE, c.challenge());
                    return c.options();
                }).orElse("");
            } else {
                passkeyOptions = "";
            }
        }
        return passkeyOptions.isEmpty() ? null : passkeyOptions;
    }

    public String getPasskeyResponse() {
        return passkeyResponse;
    }

    public void setPasskeyResponse(String passkeyResponse) {
        this.passkeyResponse = passkeyResponse;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
