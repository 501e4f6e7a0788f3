package uk.partnership.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.partnership.portal.account.SignInResult;
import uk.partnership.portal.account.SignOnService;

/**
 * Where an agency's provider sends the person back. A believed answer for an invited account signs the session in
 * (with a new session id) and opens home; anything else goes back to the sign-in page with the reason.
 */
@WebServlet(SignOn.CALLBACK)
public class SignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Session attribute carrying the reason for a refused sign-on to the sign-in page. */
    public static final String PROBLEM = "portal.signOn.problem";

    @Inject
    SignOn signOn;

    @Inject
    SignOnService service;

    @Inject
    SessionPolicy sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long providerId = signOn.pendingProvider(request);
        SignOnService.Route route = providerId == null ? null : service.route(providerId).orElse(null);
        SignOn.Answer answer = signOn.finish(request, route);
        if (!answer.believed()) {
            refuse(request, response, answer.problem());
            return;
        }
        SignInResult result = service.signedOn(answer.providerId(), answer.subject(), answer.email(),
                answer.emailVerified(), request.getRemoteAddr());
        if (result.signedIn().isEmpty()) {
            refuse(request, response, result.message());
            return;
        }
        sessions.begin(request, result.signedIn().get());
        request.getSession().setAttribute(SignOn.ID_TOKEN, answer.idToken());
        response.sendRedirect(request.getContextPath() + "/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String problem)
            throws IOException {
        request.getSession(true).setAttribute(PROBLEM, problem);
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
