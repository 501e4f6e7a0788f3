package uk.partnership.portal.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "today" and "now". Normally the system clock read in London; {@code portal.clock.fixed} (an
 * instant such as {@code 2020-07-20T15:00:00Z}) stands the whole portal on one moment, for a demonstration or a test
 * that needs a given date. Nothing else in the portal reads the system clock (an ArchUnit rule holds to that).
 */
@ApplicationScoped
public class PortalClock {

    @Inject
    @ConfigProperty(name = "portal.clock.fixed")
    Optional<String> fixed;

    private Clock clock;

    public PortalClock() {
    }

    /** For plain tests: a portal clock over a given clock. */
    public PortalClock(Clock clock) {
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        if (clock == null) {
            clock = fixed.filter(s -> !s.isBlank()).map(s -> Clock.fixed(Instant.parse(s.trim()), LondonTime.ZONE))
                    .orElseGet(() -> Clock.system(LondonTime.ZONE));
        }
    }

    /** London's date. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The moment, in UTC as the database keeps it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
    }

    public Instant instant() {
        return clock.instant();
    }
}
