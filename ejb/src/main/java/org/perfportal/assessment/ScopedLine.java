package org.perfportal.assessment;

import java.util.Objects;

/**
 * A traced line together with the part of the assessed subject it belongs to (明细归属): for a Luohe
 * month, {@code unit:12} for the lines of using unit 12's score, null for the vendor-level lines
 * (mean, deduction items, money). Kept apart from {@link TraceLine} because the pure rules that make
 * a unit's lines do not know which unit they score; the service that assembles the month does.
 *
 * @param scope the part, null for the subject as a whole
 * @param line  the line
 */
public record ScopedLine(String scope, TraceLine line) {

    public ScopedLine {
        Objects.requireNonNull(line, "line");
    }

    public static ScopedLine whole(TraceLine line) {
        return new ScopedLine(null, line);
    }
}
