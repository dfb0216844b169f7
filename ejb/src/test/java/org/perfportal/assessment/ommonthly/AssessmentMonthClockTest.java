package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * "Has the month begun, is it over" read from a given clock, so the rule answers the same on any
 * day the tests run. Contract month 2026-11 runs 2026-11-10T00:00 … 2026-12-10T00:00 Asia/Shanghai
 * (DOMAIN §2 Default: months start on the 10th), i.e. 2026-11-09T16:00Z … 2026-12-09T16:00Z.
 */
class AssessmentMonthClockTest {

    private static final AssessmentMonth NOVEMBER = new AssessmentMonth(YearMonth.of(2026, 11), 10, ZoneId.of("Asia/Shanghai"));

    @Test
    void onTheTwentyThirdOfNovemberTheMonthHasBegunButIsNotOver() {
        Clock clock = at("2026-11-23T02:00:00Z");
        assertTrue(NOVEMBER.hasBegun(clock));
        assertFalse(NOVEMBER.isOver(clock), "a what-if on 2026-11 is refused on 23 November");
        assertFalse(NOVEMBER.next().next().hasBegun(clock), "2027-01 cannot be computed yet");
    }

    @Test
    void fromTheTenthOfDecemberBeijingTimeTheMonthIsOver() {
        // 2026-12-10T00:00+08:00 = 2026-12-09T16:00Z: one second before it, still running; at it, over.
        assertFalse(NOVEMBER.isOver(at("2026-12-09T15:59:59Z")));
        Clock clock = at("2026-12-09T16:00:00Z");
        assertTrue(NOVEMBER.isOver(clock), "a what-if on 2026-11 is accepted from 10 December");
        assertTrue(NOVEMBER.next().hasBegun(clock), "2026-12 begins at the same instant");
        assertFalse(NOVEMBER.next().next().hasBegun(clock));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
