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
import uk.partnership.portal.shared.PortalClock;

/**
 * Sign-in attempts counted in the database, so every node of a cluster sees the same counts. An attempt is
 * <em>claimed</em> before its password is checked, by one upsert that returns the new count, so attempts sent at the
 * same moment cannot slip past the limit together.
 *
 * <p>Three counts, each within a window: a name from one address (the lock a guesser meets; the real person at
 * another address is not locked out by it), one address across all names (one machine trying many accounts), and a
 * name from everywhere (a guess spread over many machines; set high, so one attacker cannot lock an account).
 * A successful sign-in clears the first and gives its attempt back to the other two.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInThrottle {

    private static final String CLAIM = """
            insert into sign_in_throttle (login_key, failures, window_started_at, locked_until)
            values (?, 1, now(), null)
            on conflict (login_key) do update set
              failures = case when sign_in_throttle.locked_until > now()
                                or (sign_in_throttle.locked_until is null
                                    and sign_in_throttle.window_started_at >= now() - make_interval(mins => ?))
                              then sign_in_throttle.failures + 1 else 1 end,
              window_started_at = case when sign_in_throttle.locked_until > now()
                                or (sign_in_throttle.locked_until is null
                                    and sign_in_throttle.window_started_at >= now() - make_interval(mins => ?))
                              then sign_in_throttle.window_started_at else now() end,
              locked_until = case when sign_in_throttle.locked_until > now()
                              then sign_in_throttle.locked_until end
            returning failures, locked_until
            """;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures-per-address", defaultValue = "30")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "portal.signin.max-failures-per-account", defaultValue = "100")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "portal.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "portal.signin.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    PortalClock clock;

    /**
     * Counts one attempt for {@code loginKey} from {@code address} before its password is checked. Empty when it may
     * go ahead; otherwise how long is left before the next attempt will be checked.
     */
    public Optional<Duration> claimAttempt(String loginKey, String address) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Duration> refused = claim(c, pairKey(loginKey, address), maxFailures);
            if (refused.isEmpty()) {
                refused = claim(c, addressKey(address), maxPerAddress);
            }
            if (refused.isEmpty()) {
                refused = claim(c, accountKey(loginKey), maxPerAccount);
            }
            return refused;
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle could not be written", e);
        }
    }

    /** The attempt was right: the name starts afresh from that address, and the other counts get it back. */
    public void succeeded(String loginKey, String address) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement clear = c.prepareStatement("delete from sign_in_throttle where login_key = ?");
             PreparedStatement giveBack = c.prepareStatement("update sign_in_throttle set failures = "
                     + "greatest(failures - 1, 0) where login_key in (?, ?) and locked_until is null")) {
            clear.setString(1, pairKey(loginKey, address));
            clear.executeUpdate();
            giveBack.setString(1, addressKey(address));
            giveBack.setString(2, accountKey(loginKey));
            giveBack.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle could not be cleared", e);
        }
    }

    private Optional<Duration> claim(Connection c, String key, int limit) throws SQLException {
        int attempts;
        Timestamp lockedUntil;
        try (PreparedStatement s = c.prepareStatement(CLAIM)) {
            s.setString(1, key);
            s.setInt(2, windowMinutes);
            s.setInt(3, windowMinutes);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                attempts = rs.getInt(1);
                lockedUntil = rs.getTimestamp(2);
            }
        }
        if (lockedUntil != null) {
            return Optional.of(Duration.between(clock.instant(), lockedUntil.toInstant()));
        }
        if (attempts <= limit) {
            return Optional.empty();
        }
        Instant until = clock.instant().plus(Duration.ofMinutes(lockMinutes));
        try (PreparedStatement lock = c.prepareStatement(
                "update sign_in_throttle set locked_until = ? where login_key = ? and locked_until is null")) {
            lock.setTimestamp(1, Timestamp.from(until));
            lock.setString(2, key);
            lock.executeUpdate();
        }
        return Optional.of(Duration.ofMinutes(lockMinutes));
    }

    static String pairKey(String loginKey, String address) {
        return "name:" + cut(loginKey, 140) + "|from:" + cut(address, 50);
    }

    static String addressKey(String address) {
        return "from:" + cut(address, 150);
    }

    static String accountKey(String loginKey) {
        return "name:" + cut(loginKey, 150);
    }

    private static String cut(String s, int max) {
        String value = s == null ? "" : s;
        return value.length() > max ? value.substring(0, max) : value;
    }
}
