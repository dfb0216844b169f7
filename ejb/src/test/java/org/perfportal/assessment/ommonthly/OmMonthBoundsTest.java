package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Which contract month a record's time falls in, so which final month closes it: the month runs
 * from the 10th 00:00 Beijing time (luohe-2025 {@code monthStartDay} 10, Asia/Shanghai) to the
 * same instant a month later, whatever offset the time was entered with.
 */
class OmMonthBoundsTest {

    private static final OmSchemeParameters SCHEME = OmSchemeParameters.template2025();

    @Test
    void aContractMonthStartsOnTheTenthAtMidnightBeijingTime() {
        assertTrue(in("2026-10", "2026-10-10T00:00:00+08:00"));
        assertFalse(in("2026-10", "2026-10-09T23:59:59+08:00"));
        assertTrue(in("2026-09", "2026-10-09T23:59:59+08:00"));
        // 2026-10-09T16:00Z is 10-10 00:00 in Beijing: already October's.
        assertTrue(in("2026-10", "2026-10-09T16:00:00Z"));
        assertTrue(in("2026-09", "2026-10-09T15:59:59Z"));
    }

    @Test
    void aContractMonthEndsWhenTheNextOneStarts() {
        assertTrue(in("2026-10", "2026-11-09T23:59:59+08:00"));
        assertFalse(in("2026-10", "2026-11-10T00:00:00+08:00"));
        assertTrue(in("2026-11", "2026-11-10T00:00:00+08:00"));
        // Calendar and contract month differ: 11-05 is still contract month 2026-10.
        assertTrue(in("2026-10", "2026-11-05T12:00:00+08:00"));
        assertFalse(in("2026-11", "2026-11-05T12:00:00+08:00"));
    }

    @Test
    void theMonthAcrossTheYearEndIsLabelledByItsStart() {
        assertTrue(in("2026-12", "2027-01-09T23:00:00+08:00"));
        assertTrue(in("2027-01", "2027-01-10T00:00:00+08:00"));
    }

    private static boolean in(String month, String time) {
        Instant at = OffsetDateTime.parse(time).toInstant();
        return OmMonthBounds.contains(SCHEME, month, at);
    }
}
