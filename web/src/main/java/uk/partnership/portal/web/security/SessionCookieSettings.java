package uk.partnership.portal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** Session cookie flags; Secure depends on where the portal runs, so it comes from configuration. SameSite is
 * set in glassfish-web.xml, the one place Payara reads it from. */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("portal.cookie.secure", Boolean.class).orElse(false);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setSecure(secure);
        cookie.setHttpOnly(true);
    }
}
