package org.perfportal.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.perfportal.shared.InvalidFieldException;

/**
 * The one rule every record book applies to what it is told happened (记录只记已发生的事): a time or a
 * day in the future is refused, 400 naming its field. A fault reported in 2099 or a report handed in
 * in 2100 cannot be a record of anything, and accepting it would put a charge in a half-year, month
 * or quarter nobody has reached. {@value #CLOCK_TOLERANCE_SECONDS} s are tolerated for the clocks of
 * the client and the server; a day counts as future when it is after today in the zone the book
 * reads its days in (the scheme's, Asia/Shanghai), so a unit entering "today" just after midnight in
 * Beijing is not refused by a server on UTC.
 *
 * <p>Planned dates are not records and do not pass through here: a maintainer's appointment, a line's
 * in-service or retirement date may lie ahead.
 */
public final class PastOnly {

    public static final long CLOCK_TOLERANCE_SECONDS = 120;

    private PastOnly() {
    }

    /** Refuses the first time of {@code times} (request field → value; nulls skipped) after {@code now} + tolerance. */
    public static void times(Instant now, Map<String, OffsetDateTime> times) {
        times.forEach((field, time) -> time(now, field, time));
    }

    /** Refuses {@code time} (the request's {@code field}; null passes) after {@code now} + tolerance. */
    public static void time(Instant now, String field, OffsetDateTime time) {
        if (time != null && time.toInstant().isAfter(now.plus(Duration.ofSeconds(CLOCK_TOLERANCE_SECONDS)))) {
            throw new InvalidFieldException(field, field + " " + time + " is in the future");
        }
    }

    /** Refuses {@code day} (the request's {@code field}; null passes) after today in {@code zone}. */
    public static void day(Instant now, ZoneId zone, String field, LocalDate day) {
        LocalDate today = LocalDate.ofInstant(now.plus(Duration.ofSeconds(CLOCK_TOLERANCE_SECONDS)), zone);
        if (day != null && day.isAfter(today)) {
            throw new InvalidFieldException(field, field + " " + day + " is after today (" + today + ")");
        }
    }
}
