package uk.partnership.portal.account;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per login name in the database, so every node of a cluster sees the same count.
 * One upsert per failure keeps concurrent attempts from losing counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    private static final String RECORD_FAILURE = """
            insert into sign_in_throttle (login_key, failures, window_started_at, locked_until)
            values (?, 1, now(), null)
            on conflict (login_key) do update set
              failures = case when sign_in_throttle.window_started_at < now() - make_interval(mins => ?)
                              then 1 else sign_in_throttle.failures + 1 end,
              window_started_at = case when sign_in_throttle.window_started_at < now() - make_interval(mins => ?)
                              then now() else sign_in_throttle.window_started_at end
            returning failures
            """;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** When the name is locked out, how long is left. */
    public Optional<Duration> lockedFor(String loginKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select locked_until from sign_in_throttle where login_key = ? and locked_until > now()")) {
            s.setString(1, loginKey);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(Duration.between(Instant.now(), rs.getTimestamp(1).toInstant()));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle could not be read", e);
        }
    }

    /** Records one failure; returns true when this failure locks the name out. */
    public boolean recordFailure(String loginKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(RECORD_FAILURE)) {
            s.setString(1, loginKey);
            s.setInt(2, windowMinutes);
            s.setInt(3, windowMinutes);
            int failures;
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                failures = rs.getInt(1);
            }
            if (failures < maxFailures) {
                return false;
            }
            try (PreparedStatement lock = c.prepareStatement(
                    "update sign_in_throttle set locked_until = ?, failures = 0, window_started_at = now() where login_key = ?")) {
                lock.setTimestamp(1, Timestamp.from(Instant.now().plus(Duration.ofMinutes(lockMinutes))));
                lock.setString(2, loginKey);
                lock.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle could not be written", e);
        }
    }

    public void clear(String loginKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("delete from sign_in_throttle where login_key = ?")) {
            s.setString(1, loginKey);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle could not be cleared", e);
        }
    }
}
