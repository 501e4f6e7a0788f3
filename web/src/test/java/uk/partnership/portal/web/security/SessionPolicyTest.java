package uk.partnership.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.partnership.portal.account.SignedInPerson;
import uk.partnership.portal.shared.PortalClock;

/**
 * A signed-in session's absolute lifetime ({@code portal.session.max-hours}) and the five minutes a checked password
 * waits for its second factor, on a clock the test moves. (The idle limit is the container's own session timeout,
 * which {@link SessionPolicy#begin} sets from {@code portal.session.idle-minutes}.)
 */
class SessionPolicyTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-03T09:00:00Z");

    private final MovableClock clock = new MovableClock(SIGNED_IN);
    private final SessionPolicy policy = new SessionPolicy();
    private final SignedInPerson person = new SignedInPerson(7, "secretary", "Jo Chen", 1, Set.of("user"), null,
            SIGNED_IN, false);

    SessionPolicyTest() {
        policy.clock = new PortalClock(clock);
        policy.maxHours = 10;
        policy.idleMinutes = 30;
    }

    @Test
    void aSessionOutlivesItsAbsoluteLifetimeHoweverBusy() {
        clock.at(SIGNED_IN.plus(Duration.ofHours(10)));
        assertFalse(policy.outlived(person), "exactly ten hours is still within");
        clock.at(SIGNED_IN.plus(Duration.ofHours(10)).plusSeconds(1));
        assertTrue(policy.outlived(person), "a second later it is over");
        policy.maxHours = 12;
        assertFalse(policy.outlived(person), "the limit comes from configuration");
    }

    @Test
    void aSessionWithNoSignInTimeIsOver() {
        assertTrue(policy.outlived(new SignedInPerson(7, "secretary", "Jo Chen", 1, Set.of("user"), null, null, false)));
    }

    @Test
    void aCheckedPasswordWaitsFiveMinutesForTheSecondFactor() {
        clock.at(SIGNED_IN.plusSeconds(300));
        assertFalse(policy.stale(person));
        clock.at(SIGNED_IN.plusSeconds(301));
        assertTrue(policy.stale(person));
    }

    /** A clock the test sets. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void at(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/London");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
