package uk.partnership.portal.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One real SMTP server (GreenMail) for the whole integration-test run, on the port Failsafe reserved and handed to
 * Payara Micro as PORTAL_MAIL_PORT. It accepts mail for any address; tests read what arrived, and may stop it to
 * see the outbox wait and deliver afterwards. Unit-test runs (no port) start nothing.
 */
public class GreenMailSession implements LauncherSessionListener {

    private static GreenMail smtp;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.smtp.port") != null && smtp == null) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    public static synchronized void start() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("it.smtp.port")), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** Stops the server: the portal's connections are refused until {@link #start()}, and what arrived is gone. */
    public static synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** Everything received since the server last started. */
    public static synchronized List<MimeMessage> received() {
        return smtp == null ? List.of() : List.of(smtp.getReceivedMessages());
    }
}
