package uk.partnership.portal.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Faces keeps each page's state in a session, so reading a public page starts one. A visitor who never signs in
 * needs it only while they click through: such a session lapses after a few idle minutes instead of the half hour
 * a signed-in person gets ({@link PortalAuthenticationMechanism} lengthens it at sign-in), so a flood of anonymous
 * page views cannot hold memory, or cluster replication, for long.
 */
@WebListener
public class AnonymousSessionLimit implements HttpSessionListener {

    static final int ANONYMOUS_IDLE_SECONDS = 5 * 60;
    static final int SIGNED_IN_IDLE_SECONDS = 30 * 60;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(ANONYMOUS_IDLE_SECONDS);
    }
}
