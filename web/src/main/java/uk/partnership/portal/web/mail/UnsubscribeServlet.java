package uk.partnership.portal.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import uk.partnership.portal.notification.MailChoices;
import uk.partnership.portal.shared.InvalidInputException;

/**
 * The link at the foot of every message ({@code /mail/unsubscribe?t=…}). A mail program's one-click unsubscribe
 * (RFC 8058) posts to it and the kind of message stops at once; a person who follows it in a browser gets the page
 * that asks them to confirm, so a link scanner fetching it stops nothing.
 */
@WebServlet("/mail/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    MailChoices choices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        response.sendRedirect(request.getContextPath() + "/unsubscribe.xhtml"
                + (token == null ? "" : "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain; charset=UTF-8");
        try {
            MailChoices.Stopped stopped = choices.unsubscribe(request.getParameter("t"));
            response.getWriter().write("Stopped: " + stopped.label() + ".\n");
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.getWriter().write(e.getMessage() + "\n");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.getWriter().write(invalid.getMessage() + "\n");
                return;
            }
            throw e;
        }
    }
}
