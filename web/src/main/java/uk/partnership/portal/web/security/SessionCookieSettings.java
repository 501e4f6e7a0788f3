package uk.partnership.portal.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/** The Secure flag depends on where the portal runs, so it comes from configuration, not web.xml. */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig().getOptionalValue("portal.cookie.secure", Boolean.class).orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
