package org.perfportal.assessment.extranet;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Deadline arithmetic shared by the rules: a limit is kept if the event happens at or before the
 * deadline (exactly 6 h is on time); an event that has not happened misses it once the
 * assessment instant is past the deadline.
 */
final class Deadlines {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Deadlines() {
    }

    static boolean missed(Instant happened, Instant deadline, Instant asOf) {
        return happened == null ? asOf.isAfter(deadline) : happened.isAfter(deadline);
    }

    static String show(Instant instant, ZoneId zone) {
        return instant == null ? "未发生" : DISPLAY.format(instant.atZone(zone));
    }
}
