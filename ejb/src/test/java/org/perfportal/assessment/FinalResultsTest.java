package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A time is closed by the final period whose bounds, under the scheme that result names, contain it. */
class FinalResultsTest {

    /** Scheme 7 draws months from the 10th, scheme 8 from the 1st (UTC, to keep the arithmetic plain). */
    private final PeriodBounds bounds = new PeriodBounds() {
        @Override
        public String kind() {
            return "om-monthly";
        }

        @Override
        public boolean contains(String periodLabel, long schemeId, Instant at) {
            int startDay = schemeId == 7 ? 10 : 1;
            YearMonth month = YearMonth.parse(periodLabel);
            Instant start = month.atDay(startDay).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = month.plusMonths(1).atDay(startDay).atStartOfDay(ZoneOffset.UTC).toInstant();
            return !at.isBefore(start) && at.isBefore(end);
        }
    };

    @Test
    void theFinalPeriodContainingTheTimeIsNamed() {
        List<Object[]> finals = List.of(new Object[] {"2026-09", 7L}, new Object[] {"2026-10", 7L});

        assertEquals(Optional.of("2026-10"), FinalResults.covering(finals, bounds, Instant.parse("2026-11-05T00:00:00Z")));
        assertEquals(Optional.of("2026-09"), FinalResults.covering(finals, bounds, Instant.parse("2026-10-09T23:59:59Z")));
        assertEquals(Optional.empty(), FinalResults.covering(finals, bounds, Instant.parse("2026-11-10T00:00:00Z")));
        assertEquals(Optional.empty(), FinalResults.covering(List.of(), bounds, Instant.parse("2026-10-20T00:00:00Z")));
    }

    /** Each result's own scheme draws its period: the same day is inside under one scheme, outside under another. */
    @Test
    void eachFinalPeriodIsDrawnByTheSchemeItsResultUsed() {
        Instant fifth = Instant.parse("2026-11-05T00:00:00Z");
        assertEquals(Optional.of("2026-10"), FinalResults.covering(List.<Object[]>of(new Object[] {"2026-10", 7L}), bounds, fifth));
        assertEquals(Optional.empty(), FinalResults.covering(List.<Object[]>of(new Object[] {"2026-10", 8L}), bounds, fifth));
    }
}
