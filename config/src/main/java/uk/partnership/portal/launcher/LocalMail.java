package uk.partnership.portal.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * The run command's mail server: GreenMail on a free local port, taking every message the portal sends so a
 * newcomer sees notifications work without an SMTP account. System administrators read what went in the portal's
 * mail log ({@code /admin/mail.xhtml}); pointing {@code PORTAL_MAIL_HOST} at a real server turns this off.
 */
final class LocalMail {

    private final GreenMail server;
    private final int port;

    private LocalMail(GreenMail server, int port) {
        this.server = server;
        this.port = port;
    }

    static LocalMail start() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new LocalMail(server, port);
    }

    /** The portal's settings for this server (every two seconds, so a demonstration does not wait). */
    List<String> properties() {
        return List.of("-Dportal.mail.enabled=true", "-Dportal.mail.host=127.0.0.1", "-Dportal.mail.port=" + port,
                "-Dportal.mail.interval-seconds=2");
    }

    /** Every message the server has taken, for tests that count them. */
    List<jakarta.mail.internet.MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    int port() {
        return port;
    }

    void stop() {
        server.stop();
    }
}
