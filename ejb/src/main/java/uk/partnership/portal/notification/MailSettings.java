package uk.partnership.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where mail goes, from MicroProfile Config ({@code PORTAL_MAIL_HOST} and so on in the environment). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "portal.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "Partnership Governance Portal <portal@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.interval-seconds", defaultValue = "10")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    Properties sessionProperties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        return p;
    }

    boolean enabled() {
        return enabled;
    }

    String from() {
        return from;
    }

    Optional<String> user() {
        return user;
    }

    Optional<String> password() {
        return password;
    }

    int intervalSeconds() {
        return Math.max(1, intervalSeconds);
    }

    String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}
