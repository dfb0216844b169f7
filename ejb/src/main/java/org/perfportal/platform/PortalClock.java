package org.perfportal.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock every service reads (当前时间): rules such as "a month not yet over cannot be
 * assessed" or "the self-assessment closes on 31 December" depend on today, so no service calls
 * the system clock directly; they inject this {@link Clock} instead.
 *
 * <p>In production it is the system's UTC clock. {@code PORTAL_CLOCK_START} (an ISO-8601 instant,
 * for integration tests and demos only) makes it a clock that starts at that instant when the
 * application starts and then ticks in real time, so date-relative tests pass on any day of any
 * year while records still get distinct, ordered timestamps.
 */
@ApplicationScoped
public class PortalClock {

    @Inject
    @ConfigProperty(name = "portal.clock.start")
    private Optional<String> start;

    private Clock clock;

    @PostConstruct
    void choose() {
        clock = start.filter(text -> !text.isBlank()).map(PortalClock::startingAt).orElseGet(Clock::systemUTC);
    }

    /**
     * The one clock, the same instance for every injection point (dependent scope: a
     * {@code java.time.Clock} is not proxied, and a pinned clock must not restart per bean).
     */
    @Produces
    Clock clock() {
        return clock;
    }

    /** A UTC clock that reads {@code text} now and ticks on from there. */
    static Clock startingAt(String text) {
        Instant at;
        try {
            at = Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("PORTAL_CLOCK_START is not an ISO-8601 instant: " + text, e);
        }
        Clock system = Clock.systemUTC();
        return Clock.offset(system, Duration.between(system.instant(), at));
    }
}
