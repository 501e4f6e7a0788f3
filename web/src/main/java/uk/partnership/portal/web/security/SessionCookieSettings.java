package uk.partnership.portal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Session cookie flags: Secure always when configured, otherwise whenever the request was HTTPS. SameSite is
 * set in glassfish-web.xml, the one place Payara reads it from. */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("portal.cookie.secure", Boolean.class).orElse(false);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        if (secure) {
            cookie.setSecure(true);
        }
        // Otherwise left unset: Payara then marks the cookie Secure whenever the request came over HTTPS, which
        // behind a TLS-terminating proxy it learns from X-Forwarded-Proto (scheme-mapping in pre-boot.asadmin).
        cookie.setHttpOnly(true);
    }
}
