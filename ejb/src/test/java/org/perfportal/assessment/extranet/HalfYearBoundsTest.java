package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which half-year a record's time falls in, so which final half-year closes it: local dates in the scheme's zone. */
class HalfYearBoundsTest {

    private static final ZoneId ZONE = ExtranetSchemeParameters.template2025().zone();

    @Test
    void aTimeBelongsToTheHalfYearOfItsLocalDate() {
        assertTrue(in("2026-H1", "2026-06-30T23:59:59+08:00"));
        assertTrue(in("2026-H2", "2026-07-01T00:00:00+08:00"));
        // 16:00Z on 06-30 is 07-01 00:00 in Beijing: H2, however it was entered.
        assertTrue(in("2026-H2", "2026-06-30T16:00:00Z"));
        assertFalse(in("2026-H1", "2026-06-30T16:00:00Z"));
        assertTrue(in("2026-H1", "2026-01-01T00:00:00+08:00"));
        assertTrue(in("2025-H2", "2025-12-31T15:59:59Z"));
    }

    private static boolean in(String halfYear, String time) {
        Instant at = OffsetDateTime.parse(time).toInstant();
        return HalfYearBounds.contains(ZONE, halfYear, at);
    }
}
