package org.perfportal.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

/**
 * Issue 17 item 19: every book refuses a record of the future (a fault reported in 2099, a report handed
 * in in 2100), 400 naming the field, with two minutes' tolerance for the clocks.
 */
class PastOnlyTest {

    /** The IT server clock's start, 2026-11-23T02:00Z = 10:00 in Beijing. */
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void aTimeBeyondTwoMinutesAheadIsRefusedNamingItsField() {
        PastOnly.time(NOW, "reported", OffsetDateTime.parse("2026-11-23T10:02:00+08:00"));
        PastOnly.time(NOW, "reported", null);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> PastOnly.time(NOW, "reported", OffsetDateTime.parse("2099-01-01T09:00:00+08:00")));
        assertEquals("reported", refused.field());
        assertEquals("restored", assertThrows(InvalidFieldException.class,
                () -> PastOnly.time(NOW, "restored", OffsetDateTime.parse("2026-11-23T10:02:01+08:00"))).field());
    }

    /** Today in Beijing (11-23) passes; 11-24 and 2100-07-08 are refused. At 23:59 UTC on 11-22 it is already 11-23 in Beijing. */
    @Test
    void aDayAfterTodayInBeijingIsRefused() {
        PastOnly.day(NOW, BEIJING, "submittedOn", LocalDate.of(2026, 11, 23));
        assertEquals("submittedOn", assertThrows(InvalidFieldException.class,
                () -> PastOnly.day(NOW, BEIJING, "submittedOn", LocalDate.of(2100, 7, 8))).field());
        assertEquals("foundOn", assertThrows(InvalidFieldException.class,
                () -> PastOnly.day(NOW, BEIJING, "foundOn", LocalDate.of(2026, 11, 24))).field());
        PastOnly.day(Instant.parse("2026-11-22T23:59:00Z"), BEIJING, "foundOn", LocalDate.of(2026, 11, 23));
    }
}
