package uk.partnership.portal.migration;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink, on a lost connection, retries each query a few times five seconds apart. The pool already validates
 * and replaces connections, so those retries only hold a person's request for ten seconds or more while the database
 * is away: the portal answers "not answering, try again" at once instead.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
