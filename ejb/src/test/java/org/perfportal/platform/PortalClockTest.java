package org.perfportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalClockTest {

    @Test
    void aStartedClockReadsItsStartAndTicksOn() throws InterruptedException {
        Clock clock = PortalClock.startingAt("2026-11-23T02:00:00Z");
        Instant first = clock.instant();
        // Within a second of the start: the clock began there when it was made.
        assertTrue(Duration.between(Instant.parse("2026-11-23T02:00:00Z"), first).abs().toMillis() < 1_000, first::toString);
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(first), "it ticks, so records entered one after the other stay ordered");
        assertEquals("Z", clock.getZone().getId());
    }

    @Test
    void aStartThatIsNoInstantStopsTheApplicationWithTheVariableNamed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PortalClock.startingAt("23.11.2026"));
        assertTrue(refused.getMessage().contains("PORTAL_CLOCK_START"), refused::getMessage);
    }
}
