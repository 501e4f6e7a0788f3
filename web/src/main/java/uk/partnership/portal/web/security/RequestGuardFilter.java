package uk.partnership.portal.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import uk.partnership.portal.web.support.DatabaseTrouble;
import uk.partnership.portal.web.support.Refusals;

/**
 * What every response carries and what no request may bring. Headers: no sniffing of types, no framing, no referrer
 * sent to other sites (activation links carry a token), and a content security policy that lets pages load scripts,
 * styles and images only from the portal itself. Requests: a NUL character in the address is refused before it can
 * reach a query, and a large body from someone not signed in is refused before it is read (nobody anonymous may upload).
 * Forms may also lead to the agencies' own providers (signing in and out there): their addresses join the policy.
 * A page that fails because the database is away answers 503 with a plain page saying so, not a server error.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Pages: PrimeFaces writes inline scripts and handlers, so scripts may be inline, but only from here. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The API and files answer data, never something to run. */
    static final String DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    @Inject
    SignOn signOn;

    /** The largest body accepted from someone not signed in: sign-in and a public suggestion are far smaller. */
    static final long ANONYMOUS_BODY_LIMIT = 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        boolean page = path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        String providers = page ? signOn.formTargets() : "";
        response.setHeader("Content-Security-Policy", !page ? DATA_POLICY : providers.isEmpty() ? PAGE_POLICY
                : PAGE_POLICY.replace("form-action 'self'", "form-action 'self' " + providers));
        if (hasNul(request.getQueryString()) || hasNul(request.getRequestURI())) {
            Refusals.send(response, api, HttpServletResponse.SC_BAD_REQUEST,
                    "The address contains a NUL character (%00). Remove it and try again.");
            return;
        }
        if (request.getUserPrincipal() == null && request.getContentLengthLong() > ANONYMOUS_BODY_LIMIT) {
            Refusals.send(response, api, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "That is too large to send without signing in. Sign in first.");
            return;
        }
        if (page && !path.startsWith("/jakarta.faces.resource/") && !ENROL_OPEN.contains(path)
                && mustEnrolFirst(request)) {
            response.sendRedirect(request.getContextPath() + ENROL);
            return;
        }
        if (page) {
            uk.partnership.portal.web.support.ViewMaps.prepare(request);
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseTrouble.unavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            Refusals.send(response, api, HttpServletResponse.SC_SERVICE_UNAVAILABLE, DatabaseTrouble.UNAVAILABLE);
        }
    }

    /** Where those who must set up a second factor are sent, and the pages they may open before it is done. */
    static final String ENROL = "/account/second-factor.xhtml";
    static final java.util.Set<String> ENROL_OPEN = java.util.Set.of(ENROL, "/login.xhtml", "/second-factor.xhtml");

    private static boolean mustEnrolFirst(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PortalAuthenticationMechanism.SESSION_PERSON)
                instanceof uk.partnership.portal.account.SignedInPerson person && person.mustEnrol();
    }

    static boolean hasNul(String text) {
        return text != null && (text.indexOf('\0') >= 0 || text.toLowerCase(Locale.ROOT).contains("%00"));
    }
}
