package org.perfportal.records.luohe;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.shared.InvalidFieldException;

/**
 * The checks every timestamp of the record book passes: stored in UTC, never in the future (a
 * record logs what happened; {@value #CLOCK_TOLERANCE_SECONDS} s are tolerated for the clocks of
 * the client and the server), never before the moment it follows (restored before reported).
 */
final class Moments {

    static final long CLOCK_TOLERANCE_SECONDS = 120;

    private Moments() {
    }

    static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The timestamp named {@code field} as stored, refused when it lies in the future. */
    static OffsetDateTime past(String field, OffsetDateTime time) {
        if (time != null && time.toInstant().isAfter(Instant.now().plus(Duration.ofSeconds(CLOCK_TOLERANCE_SECONDS)))) {
            throw new InvalidFieldException(field, field + " " + time + " is in the future");
        }
        return utc(time);
    }

    /** Refuses {@code later} (named {@code field}) before {@code earlier}: a restore cannot precede the report. */
    static void notBefore(String field, OffsetDateTime later, String earlierName, OffsetDateTime earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvalidFieldException(field, field + " " + later + " is before " + earlierName + " " + earlier);
        }
    }
}
