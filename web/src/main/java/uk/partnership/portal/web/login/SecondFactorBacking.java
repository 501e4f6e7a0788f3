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
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.web.security.PortalAuthenticationMechanism;
import uk.partnership.portal.web.security.SecondFactorCredential;

/** The second step of signing in with a password: the authenticator app's code, or a recovery code. */
@Named
@RequestScoped
public class SecondFactorBacking {

    @Inject
    SecurityContext securityContext;

    private String code;

    /** Without a password checked in this session there is nothing to complete: back to the first step. */
    public void check() throws IOException {
        HttpSession session = Faces.getRequest().getSession(false);
        if (session == null || session.getAttribute(PortalAuthenticationMechanism.PENDING_SECOND_FACTOR) == null) {
            Faces.redirect(Faces.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void verify() throws IOException {
        HttpServletRequest request = Faces.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, Faces.getResponse(),
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(code)).newAuthentication(true));
        code = null;
        Object refused = request.getAttribute(PortalAuthenticationMechanism.SIGN_IN_RESULT);
        if (status == AuthenticationStatus.SUCCESS && refused == null && request.getUserPrincipal() != null) {
            Faces.redirect(request.getContextPath() + "/");
            return;
        }
        if (refused instanceof SignInResult result) {
            Messages.addError("secondFactor:code", result.message());
        } else {
            Messages.addGlobalError("Your password was checked too long ago. Sign in again.");
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
