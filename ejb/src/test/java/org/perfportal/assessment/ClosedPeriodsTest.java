package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.ConflictException;

/**
 * The refusals the record books build on {@link ClosedPeriods}: a record of a final period, a time
 * inside one, and a change that moves a time out of, into or within one are 409 naming the field; an
 * unchanged time passes even inside a closed period, so an open fault can still be completed later.
 */
class ClosedPeriodsTest {

    private static final Instant CLOSED_START = Instant.parse("2026-10-09T16:00:00Z");
    private static final Instant CLOSED_END = Instant.parse("2026-11-09T16:00:00Z");

    /** October is final, November is open; any other kind has nothing final. */
    private final ClosedPeriods october = new ClosedPeriods() {
        @Override
        public boolean isFinal(String kind, Long subjectId, String periodLabel) {
            return kind.equals("om-monthly") && periodLabel.equals("2026-10");
        }

        @Override
        public Optional<String> finalPeriodAt(String kind, Long subjectId, Instant at) {
            boolean inside = !at.isBefore(CLOSED_START) && at.isBefore(CLOSED_END);
            return kind.equals("om-monthly") && inside ? Optional.of("2026-10") : Optional.empty();
        }
    };

    private final Instant inOctober = Instant.parse("2026-10-20T01:00:00Z");
    private final Instant laterInOctober = Instant.parse("2026-10-21T01:00:00Z");
    private final Instant inNovember = Instant.parse("2026-11-20T01:00:00Z");

    @Test
    void aRecordOfAFinalPeriodIs409NamingItsField() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> october.requireOpen("om-monthly", 1L, "2026-10", "month"));
        assertEquals("month", e.field());
        assertTrue(e.getMessage().contains("2026-10"), e.getMessage());
        assertDoesNotThrow(() -> october.requireOpen("om-monthly", 1L, "2026-11", "month"));
        assertDoesNotThrow(() -> october.requireOpen("extranet-half-year", null, "2026-10", "month"));
    }

    @Test
    void aTimeInsideAFinalPeriodIs409AndNoTimePasses() {
        assertEquals("reported", assertThrows(ConflictException.class,
                () -> october.requireOpenAt("om-monthly", 1L, inOctober, "reported")).field());
        assertDoesNotThrow(() -> october.requireOpenAt("om-monthly", 1L, inNovember, "reported"));
        assertDoesNotThrow(() -> october.requireOpenAt("om-monthly", 1L, null, "restored"));
    }

    @Test
    void aTimeCannotMoveOutOfIntoOrWithinAFinalPeriod() {
        assertEquals("restored", assertThrows(ConflictException.class,
                () -> october.requireOpenChange("om-monthly", 1L, inOctober, inNovember, "restored")).field());
        assertEquals("reported", assertThrows(ConflictException.class,
                () -> october.requireOpenChange("om-monthly", 1L, inNovember, inOctober, "reported")).field());
        assertEquals("restored", assertThrows(ConflictException.class,
                () -> october.requireOpenChange("om-monthly", 1L, inOctober, laterInOctober, "restored")).field());
        assertEquals("restored", assertThrows(ConflictException.class,
                () -> october.requireOpenChange("om-monthly", 1L, null, inOctober, "restored")).field());
    }

    /** A fault reported in a closed month keeps that time and is completed in an open one. */
    @Test
    void anUnchangedTimePassesEvenInsideAFinalPeriod() {
        assertDoesNotThrow(() -> october.requireOpenChange("om-monthly", 1L, inOctober, inOctober, "reported"));
        assertDoesNotThrow(() -> october.requireOpenChange("om-monthly", 1L, null, inNovember, "restored"));
        assertDoesNotThrow(() -> october.requireOpenChange("om-monthly", 1L, null, null, "restored"));
    }
}
