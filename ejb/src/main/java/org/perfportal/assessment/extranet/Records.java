package org.perfportal.assessment.extranet;

import java.time.Instant;

/** Argument checks shared by the input records of the assessment. */
final class Records {

    private Records() {
    }

    static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    static void requireNotBefore(Instant value, Instant start, String what) {
        if (value != null && value.isBefore(start)) {
            throw new IllegalArgumentException(what + " at " + value + " is before " + start);
        }
    }
}
